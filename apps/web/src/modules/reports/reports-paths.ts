/** "Báo cáo": the reporting periods and the communes' reports. */
export const REPORTS_PATH = '/bao-cao';

/** One report: filled in by its commune, reviewed by the district. */
export const REPORT_ROUTE = '/bao-cao/:id';

export const reportPath = (id: number): string => `${REPORTS_PATH}/${id}`;

/** The reports page for a year (and, for a province officer or the administrator, a district). */
export function reportsPath(options: { year?: number; unitId?: number } = {}): string {
  const params = new URLSearchParams();
  if (options.year !== undefined) params.set('year', String(options.year));
  if (options.unitId !== undefined) params.set('unit', String(options.unitId));
  const query = params.toString();
  return `${REPORTS_PATH}${query ? `?${query}` : ''}`;
}

const YEAR = /^(20|21)\d{2}$/;
const ID = /^[1-9]\d{0,15}$/;

/** The year in ?year=, when it is one the API accepts (2000–2100). */
export function readYear(params: URLSearchParams): number | null {
  const text = params.get('year');
  if (!text || !YEAR.test(text)) return null;
  const year = Number(text);
  return year >= 2000 && year <= 2100 ? year : null;
}

/** A positive whole number from the address (?unit=12, /bao-cao/12), else null. */
export function readId(text: string | null | undefined): number | null {
  return text && ID.test(text) ? Number(text) : null;
}
