import { lazy, Suspense, type ReactNode } from 'react';
import { useOverviewText } from '../use-overview-text';

// ECharts is most of the bundle: the charts load with the first one a page draws.
const loadCharts = () => import('@govindex/ui-charts');

export const LazyRankedBarChart = lazy(() => loadCharts().then((charts) => ({ default: charts.RankedBarChart })));
export const LazyHeatmap = lazy(() => loadCharts().then((charts) => ({ default: charts.Heatmap })));
export const LazyBoxplotChart = lazy(() => loadCharts().then((charts) => ({ default: charts.BoxplotChart })));
export const LazyRadarChart = lazy(() => loadCharts().then((charts) => ({ default: charts.RadarChart })));
export const LazyTrendChart = lazy(() => loadCharts().then((charts) => ({ default: charts.TrendChart })));

/** A chart with its title (the figure's caption) and notes; the drawing loads lazily. */
export function ChartFigure({
  title,
  children,
  notes,
  className,
  testId,
}: {
  title?: string;
  children: ReactNode;
  notes?: ReactNode;
  className?: string;
  testId?: string;
}) {
  const { o } = useOverviewText();
  return (
    <figure className={`chart overview-chart${className ? ` ${className}` : ''}`} data-testid={testId}>
      {title && <figcaption className="chart__title">{title}</figcaption>}
      <Suspense fallback={<p className="tree-status">{o.loading}</p>}>{children}</Suspense>
      {notes}
    </figure>
  );
}
