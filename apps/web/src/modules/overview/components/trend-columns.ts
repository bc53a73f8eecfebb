import type { TrendPoint } from '@govindex/contracts';
import { formatNumber, type Language } from '../../../shared/format/format';
import type { OverviewMessages } from '../overview-messages';
import { formatScore } from '../state/score-format';
import type { TableColumn } from './sortable-table';

/** The year, total and rank columns every trend table of a unit starts with. */
export function trendColumns<Row extends TrendPoint>(o: OverviewMessages, language: Language): Array<TableColumn<Row>> {
  return [
    { key: 'year', header: o.province.year, rowHeader: true, cell: (row) => String(row.year), sortValue: (row) => row.year },
    {
      key: 'total',
      header: o.province.total,
      numeric: true,
      firstDirection: 'descending',
      cell: (row) => formatScore(row.value, language),
      sortValue: (row) => row.value,
    },
    {
      key: 'rank',
      header: o.province.rank,
      numeric: true,
      cell: (row) => (row.rank === null ? '–' : o.standing.rankOf(formatNumber(row.rank, language), formatNumber(row.of ?? 0, language))),
      sortValue: (row) => row.rank,
    },
  ];
}
