import type { RankingRow } from '@govindex/contracts';
import type { RankedBarItem } from '@govindex/ui-charts';
import { lazy, Suspense, useMemo } from 'react';
import { useI18n } from '../../../app/i18n/i18n';
import { numberLocale } from '../../../shared/format/format';

// ECharts is most of the bundle: loaded when a ranking is first drawn.
const RankedBarChart = lazy(() => import('@govindex/ui-charts').then((charts) => ({ default: charts.RankedBarChart })));

export interface RankingChartProps {
  rows: readonly RankingRow[];
  title: string;
  seriesName: string;
  highlightedId: number | null;
}

/** The ranking as bars, best on top, the user's own unit in the accent colour; values written as the table writes them. */
export function RankingChart({ rows, title, seriesName, highlightedId }: RankingChartProps) {
  const { t, language } = useI18n();
  const items = useMemo<RankedBarItem[]>(
    () => rows.map((row) => ({ key: String(row.unit.id), label: row.unit.fullName, value: row.value, change: row.rankChange })),
    [rows],
  );
  return (
    <figure className="chart ranking-chart" data-testid="ranking-chart">
      <figcaption className="chart__title">{title}</figcaption>
      <Suspense fallback={<p className="tree-status">{t.units.tree.loading}</p>}>
        <RankedBarChart
          items={items}
          seriesName={seriesName}
          ariaLabel={title}
          highlightedKey={highlightedId === null ? undefined : String(highlightedId)}
          locale={numberLocale(language)}
          fractionDigits={2}
        />
      </Suspense>
      {highlightedId !== null && <p className="chart__note">{t.results.chart.highlightNote}</p>}
    </figure>
  );
}
