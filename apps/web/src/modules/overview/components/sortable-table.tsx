import { useMemo, useState, type ReactNode } from 'react';
import { ExportButton } from '../../../shared/export/export-button';
import { buildExportSheet, exportFileName, type ExportValue } from '../../../shared/export/table-export';
import { nextSort, sortRows, type SortDirection, type SortValue, type TableSort } from '../state/table-sort';
import { useOverviewText } from '../use-overview-text';

export interface TableColumn<Row> {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** What the column sorts by; a column without it does not sort. */
  sortValue?: (row: Row) => SortValue;
  /** Direction of the first click: scores and counts read best-first. */
  firstDirection?: SortDirection;
  numeric?: boolean;
  /** What the Excel export writes in the column; its sort value by default, nothing when it has none. */
  exportValue?: (row: Row) => ExportValue;
  /** Excel number format of the column, e.g. "0.00" for scores. */
  exportFormat?: string;
  /** The cell names the row (a <th scope="row">). */
  rowHeader?: boolean;
  className?: string;
}

export interface SortableTableProps<Row> {
  caption: string;
  columns: ReadonlyArray<TableColumn<Row>>;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  initialSort: TableSort;
  testId?: string;
  rowClassName?: (row: Row) => string | undefined;
  emptyText?: string;
  className?: string;
  /** Offers "Xuất Excel" of the rows as sorted: the sheet's name and the parts of the file name. */
  exportAs?: { sheet: string; file: ReadonlyArray<string | number | null | undefined> };
}

/** A data table whose column headers sort it (and say how, with aria-sort); the caption names it for screen readers. */
export function SortableTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort,
  testId,
  rowClassName,
  emptyText,
  className,
  exportAs,
}: SortableTableProps<Row>) {
  const { o, language } = useOverviewText();
  const [sort, setSort] = useState<TableSort>(initialSort);
  const sorted = useMemo(() => {
    const column = columns.find((candidate) => candidate.key === sort.key);
    if (!column?.sortValue) return [...rows];
    const valueOf = column.sortValue;
    return sortRows(rows, sort, (row) => valueOf(row), language);
  }, [rows, columns, sort, language]);

  const exportColumns = columns.filter((column) => column.exportValue ?? column.sortValue);
  const buildExport = () => {
    if (!exportAs) throw new Error('nothing to export');
    const sheet = buildExportSheet(
      exportAs.sheet,
      exportColumns.map((column) => ({
        header: column.header,
        value: (row: Row) => (column.exportValue ?? column.sortValue)?.(row) ?? null,
        numberFormat: column.exportFormat,
      })),
      sorted,
    );
    return { sheets: [sheet], fileName: exportFileName(exportAs.file) };
  };

  const table = (
    <div className="table-scroller">
      <table className={`data-table overview-table${className ? ` ${className}` : ''}`} data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.numeric ? 'overview-table__numeric' : undefined}
                aria-sort={column.sortValue && sort.key === column.key ? sort.direction : undefined}
              >
                {column.sortValue ? (
                  <button
                    type="button"
                    className="sort-button"
                    title={o.table.sortBy(column.header)}
                    onClick={() => setSort((current) => nextSort(current, column.key, column.firstDirection))}
                  >
                    {column.header}
                    <span
                      className={`sort-button__mark${sort.key === column.key ? ` sort-button__mark--${sort.direction}` : ''}`}
                      aria-hidden="true"
                    />
                  </button>
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="data-table__empty">
                {emptyText ?? o.table.empty}
              </td>
            </tr>
          ) : (
            sorted.map((row) => (
              <tr key={rowKey(row)} className={rowClassName?.(row)}>
                {columns.map((column) => {
                  const classes = [column.numeric ? 'overview-table__numeric' : '', column.className ?? ''].filter(Boolean).join(' ');
                  return column.rowHeader ? (
                    <th key={column.key} scope="row" className={classes || undefined}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={classes || undefined}>
                      {column.cell(row)}
                    </td>
                  );
                })}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
  if (!exportAs) return table;
  return (
    <div className="overview-table-block">
      <div className="overview-table-tools">
        <ExportButton build={buildExport} disabled={sorted.length === 0} />
      </div>
      {table}
    </div>
  );
}
