import type { FrameworkVersionDetail, TrendPoint } from '@govindex/contracts';

/** A year from which a framework's scores are on a new scale. */
export interface VersionBreak {
  year: number;
  versionLabel: string;
}

/** What a version measures, in the two numbers that make scores incomparable across versions. */
export interface VersionShape {
  dimensionCount: number;
  totalMax: number;
}

/** The years whose framework version differs from the previous year's (the API flags them). */
export function versionBreaks(points: readonly TrendPoint[]): VersionBreak[] {
  return points.filter((point) => point.versionChanged).map((point) => ({ year: point.year, versionLabel: point.versionLabel }));
}

/** How many dimensions (first-level indicators) a version has and the maximum of its total. */
export function versionShape(version: Pick<FrameworkVersionDetail, 'indicators'>): VersionShape | null {
  const root = version.indicators.find((indicator) => indicator.parentCode === null);
  if (!root) return null;
  return {
    dimensionCount: version.indicators.filter((indicator) => indicator.parentCode === root.code).length,
    totalMax: root.max,
  };
}
