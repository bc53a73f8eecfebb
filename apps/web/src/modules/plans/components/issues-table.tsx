import type { InputIssue } from '@govindex/contracts';

export interface IssuesTableProps {
  issues: readonly InputIssue[];
  caption: string;
  labels: { row: string; column: string; message: string };
  testId?: string;
}

/** The problems of a file, each with its row and column (a dash where the problem is about the whole file). */
export function IssuesTable({ issues, caption, labels, testId }: IssuesTableProps) {
  return (
    <div className="table-scroller">
      <table className="data-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.row}</th>
            <th scope="col">{labels.column}</th>
            <th scope="col">{labels.message}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, index) => (
            <tr key={`${issue.row ?? ''}:${issue.column ?? ''}:${index}`}>
              <td className="data-table__number">{issue.row ?? <span className="muted">—</span>}</td>
              <td>{issue.column ? <code>{issue.column}</code> : <span className="muted">—</span>}</td>
              <td>{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
