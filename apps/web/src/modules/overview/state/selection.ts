/** Which framework and year a home or scorecard shows, as held in its URL so a view can be shared and reloaded. */
export interface Selection {
  framework: string;
  /** The requested year; null lets the page take the latest year with data. */
  year: number | null;
}

export const DEFAULT_FRAMEWORK = 'PAPI';

const FRAMEWORK_CODE = /^[A-Za-z_]{2,20}$/;
const YEAR = /^(19|20|21)\d{2}$/;

/** Reads ?framework=PAPI&year=2024; anything missing or malformed falls back to PAPI and the latest year. */
export function readSelection(params: URLSearchParams): Selection {
  const framework = params.get('framework');
  const year = params.get('year');
  return {
    framework: framework && FRAMEWORK_CODE.test(framework) ? framework.toUpperCase() : DEFAULT_FRAMEWORK,
    year: year && YEAR.test(year) ? Number(year) : null,
  };
}

/** The query string of a selection; other parameters of the page (e.g. the chosen province) are kept. */
export function selectionParams(selection: Selection, current: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(current);
  params.set('framework', selection.framework);
  if (selection.year === null) params.delete('year');
  else params.set('year', String(selection.year));
  return params;
}

/** The year to show: the one asked for when there is data for it, else the latest year with data (null: none). */
export function resolveYear(requested: number | null, available: readonly number[]): number | null {
  if (available.length === 0) return null;
  if (requested !== null && available.includes(requested)) return requested;
  return Math.max(...available);
}

/** Years with data, newest first, as a picker lists them. */
export function yearOptions(years: readonly number[]): number[] {
  return [...new Set(years)].sort((a, b) => b - a);
}
