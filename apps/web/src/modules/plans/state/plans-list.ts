import type { PlanSummary } from '@govindex/contracts';

/** What the plan list shows, as held in its URL (?year=2024&unit=ID) so a list can be shared and reloaded. */
export interface PlanListView {
  year: number | null;
  unitId: number | null;
}

export function readPlanListView(params: URLSearchParams): PlanListView {
  const year = params.get('year') ?? '';
  const unit = params.get('unit') ?? '';
  return {
    year: /^\d{4}$/.test(year) ? Number(year) : null,
    unitId: /^[1-9]\d{0,15}$/.test(unit) ? Number(unit) : null,
  };
}

export function planListParams(view: PlanListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.year !== null) params.set('year', String(view.year));
  if (view.unitId !== null) params.set('unit', String(view.unitId));
  return params;
}

/** The first year GovIndex offers for plans: the indices it follows were all in use by then. */
export const FIRST_PLAN_YEAR = 2018;

/** Years to filter by, latest first: next year's plans are made in December. A year from the URL is kept. */
export function planYearOptions(currentYear: number, chosen: number | null): number[] {
  const years: number[] = [];
  for (let year = currentYear + 1; year >= FIRST_PLAN_YEAR; year -= 1) years.push(year);
  if (chosen !== null && !years.includes(chosen)) years.push(chosen);
  return years.sort((a, b) => b - a);
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Plans as listed: latest year first, then by unit name, then by number (drafts without one last). */
export function sortPlans(plans: readonly PlanSummary[]): PlanSummary[] {
  return [...plans].sort(
    (a, b) =>
      b.year - a.year ||
      collator.compare(a.unit.fullName, b.unit.fullName) ||
      (a.number === null ? 1 : 0) - (b.number === null ? 1 : 0) ||
      collator.compare(a.number ?? '', b.number ?? '') ||
      a.id - b.id,
  );
}
