/** The "Tổng quan" home: what the signed-in officer's unit comes for. */
export const OVERVIEW_PATH = '/';

/** The printable one-page scorecard of a unit. */
export const SCORECARD_ROUTE = '/don-vi/:id/bang-diem';

export function scorecardPath(unitId: number, selection?: { framework: string; year: number | null }): string {
  const params = new URLSearchParams();
  if (selection) {
    params.set('framework', selection.framework);
    if (selection.year !== null) params.set('year', String(selection.year));
  }
  const query = params.toString();
  return `/don-vi/${unitId}/bang-diem${query ? `?${query}` : ''}`;
}
