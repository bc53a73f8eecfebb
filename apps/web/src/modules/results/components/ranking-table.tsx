import type { RankingRow } from '@govindex/contracts';
import { useI18n } from '../../../app/i18n/i18n';
import { formatNumber } from '../../../shared/format/format';
import { formatScore } from '../../../shared/format/score';
import { rankMoveOf, type RankingSort, type RankingSortKey } from '../state/ranking-table';

const COLUMNS: readonly RankingSortKey[] = ['rank', 'unit', 'value', 'change', 'group', 'grade'];

export interface RankingTableProps {
  rows: readonly RankingRow[];
  year: number;
  sort: RankingSort;
  onSort: (key: RankingSortKey) => void;
  /** The user's unit (or its ranked ancestor), marked. */
  highlightedId: number | null;
  /** Id of the note saying the scale changed since last year; the change column points to it. */
  scaleNoteId: string | null;
  caption: string;
  emptyText: string;
}

/** The ranking: every column sorts (aria-sort says how); rank changes read as arrows, colours and words. */
export function RankingTable({ rows, year, sort, onSort, highlightedId, scaleNoteId, caption, emptyText }: RankingTableProps) {
  const { t, language } = useI18n();
  const texts = t.results.table;
  const headings: Record<RankingSortKey, string> = {
    rank: texts.rank,
    unit: texts.unit,
    value: texts.value,
    change: texts.change,
    group: texts.group,
    grade: texts.grade,
  };
  return (
    <div className="table-scroller">
      <table className="data-table ranking-table" data-testid="ranking-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((key) => (
              <th
                key={key}
                scope="col"
                className={`ranking-table__${key}`}
                aria-sort={sort.key === key ? sort.direction : undefined}
                aria-describedby={key === 'change' && scaleNoteId ? scaleNoteId : undefined}
              >
                <button type="button" className="sort-button" onClick={() => onSort(key)}>
                  {headings[key]}
                  {key === 'change' && scaleNoteId && (
                    <span className="ranking-table__scale-mark" aria-hidden="true">
                      *
                    </span>
                  )}
                  <span className={`sort-button__mark${sort.key === key ? ` sort-button__mark--${sort.direction}` : ''}`} aria-hidden="true" />
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={COLUMNS.length} className="data-table__empty">
                {emptyText}
              </td>
            </tr>
          ) : (
            rows.map((row) => {
              const own = row.unit.id === highlightedId;
              return (
                <tr
                  key={row.unit.id}
                  data-unit-code={row.unit.code}
                  className={own ? 'data-table__row--highlighted' : undefined}
                  aria-current={own ? 'true' : undefined}
                >
                  <td className="ranking-table__rank">
                    <span className="ranking-table__rank-value">{formatNumber(row.rank, language)}</span>
                    {row.publishedRank !== null && row.publishedRank !== row.rank && (
                      <span className="ranking-table__published muted" title={texts.publishedRankTitle}>
                        {` (${texts.publishedRank(formatNumber(row.publishedRank, language))})`}
                      </span>
                    )}
                  </td>
                  <th scope="row" className="ranking-table__unit">
                    <span>{row.unit.fullName}</span>
                    {own && <span className="badge badge--own">{texts.ownUnit}</span>}
                    {row.simulated && <span className="badge badge--simulated">{t.results.simulated.row}</span>}
                  </th>
                  <td className="ranking-table__value">{formatScore(row.value, language)}</td>
                  <td className="ranking-table__change">
                    <RankMove row={row} previousYear={year - 1} />
                  </td>
                  <td className="ranking-table__group">{row.group === null ? <span className="muted">—</span> : t.results.groups.short(row.group)}</td>
                  <td className="ranking-table__grade">{row.grade ?? <span className="muted">—</span>}</td>
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}

function RankMove({ row, previousYear }: { row: RankingRow; previousYear: number }) {
  const { t, language } = useI18n();
  const texts = t.results.move;
  const move = rankMoveOf(row);
  const before = row.previousRank === null ? undefined : texts.previous(previousYear, formatNumber(row.previousRank, language));
  switch (move.kind) {
    case 'up':
    case 'down': {
      const places = formatNumber(move.places, language);
      const words = move.kind === 'up' ? texts.up(places) : texts.down(places);
      return (
        <span className={`rank-move rank-move--${move.kind}`} title={before}>
          <span aria-hidden="true">{`${move.kind === 'up' ? '▲' : '▼'}${places}`}</span>
          <span className="visually-hidden">{`${words}${before ? ` (${before})` : ''}`}</span>
        </span>
      );
    }
    case 'same':
      return (
        <span className="rank-move rank-move--same" title={before}>
          <span aria-hidden="true">=</span>
          <span className="visually-hidden">{`${texts.same}${before ? ` (${before})` : ''}`}</span>
        </span>
      );
    case 'new':
      return (
        <span className="rank-move rank-move--new muted" title={texts.new}>
          <span aria-hidden="true">–</span>
          <span className="visually-hidden">{texts.new}</span>
        </span>
      );
  }
}
