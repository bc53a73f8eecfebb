import { init, type ECharts } from 'echarts/core';
import { useEffect, useRef, type CSSProperties } from 'react';
// Imported for its side effect too: it registers the chart parts before any instance is created.
import './echarts-setup.js';
import type { ChartOption } from './echarts-setup.js';

export interface EChartProps {
  option: ChartOption;
  /** CSS height of the chart, in pixels or any CSS length. */
  height: number | string;
  /** What the chart shows, read by screen readers in place of the drawing. */
  ariaLabel: string;
  className?: string;
}

/**
 * One ECharts instance bound to a div: created on mount, resized with its container, disposed on unmount.
 * The option replaces the previous one entirely so stale series never linger.
 */
export function EChart({ option, height, ariaLabel, className }: EChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ECharts | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const chart = init(container, undefined, { renderer: 'svg' });
    chartRef.current = chart;
    let frame = 0;
    // Resizing on the next frame keeps ResizeObserver from reporting a loop when the chart changes layout.
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => chart.resize());
    });
    observer.observe(container);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  const style: CSSProperties = { width: '100%', height };
  return <div ref={containerRef} className={className} style={style} role="img" aria-label={ariaLabel} />;
}
