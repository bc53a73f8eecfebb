import { isIsoDate } from '../../../shared/format/format';

/** Which administrative map a screen shows: three tiers before the 2025 reform, two after. */
export type MapEra = 'pre-reform' | 'post-reform';

/** First day of the two-tier map: 34 provinces with communes directly under them, no districts. */
export const REFORM_DATE = '2025-07-01';
/** Last day of the three-tier map, the default view: 63 provinces, 696 districts, 10.035 communes. */
export const PRE_REFORM_AS_OF = '2025-06-30';

/** What the units page shows, as held in its URL so a view can be shared and reloaded. */
export interface UnitsView {
  /** Date the administrative map is read at, YYYY-MM-DD. */
  asOf: string;
  era: MapEra;
  /** The selected unit, if any. */
  unitId: number | null;
}

export function eraOf(asOf: string): MapEra {
  return asOf < REFORM_DATE ? 'pre-reform' : 'post-reform';
}

/** The date that shows an era: the last pre-reform day, or today (never before the reform) for the current map. */
export function asOfForEra(era: MapEra, today: string): string {
  if (era === 'pre-reform') return PRE_REFORM_AS_OF;
  return today < REFORM_DATE ? REFORM_DATE : today;
}

function parseUnitId(text: string | null): number | null {
  if (!text || !/^[1-9]\d{0,15}$/.test(text)) return null;
  return Number(text);
}

/** Reads the view from the query string; anything missing or malformed falls back to the pre-reform map. */
export function readUnitsView(params: URLSearchParams): UnitsView {
  const requested = params.get('asOf');
  const asOf = requested && isIsoDate(requested) ? requested : PRE_REFORM_AS_OF;
  return { asOf, era: eraOf(asOf), unitId: parseUnitId(params.get('unit')) };
}

export function unitsViewParams(view: Pick<UnitsView, 'asOf' | 'unitId'>): URLSearchParams {
  const params = new URLSearchParams({ asOf: view.asOf });
  if (view.unitId !== null) params.set('unit', String(view.unitId));
  return params;
}

/** Is a unit in force on the given date? Validity bounds are inclusive ISO dates; null means open. */
export function isInForceOn(unit: { validFrom: string | null; validUntil: string | null }, asOf: string): boolean {
  return (unit.validFrom === null || unit.validFrom <= asOf) && (unit.validUntil === null || asOf <= unit.validUntil);
}

/**
 * The map date on which to show a unit reached from another map (a predecessor or successor): the current
 * date if the unit is in force on it, else the date of whichever era holds it, else its own last or first day.
 */
export function asOfShowing(unit: { validFrom: string | null; validUntil: string | null }, currentAsOf: string, today: string): string {
  if (isInForceOn(unit, currentAsOf)) return currentAsOf;
  for (const era of ['pre-reform', 'post-reform'] as const) {
    const asOf = asOfForEra(era, today);
    if (isInForceOn(unit, asOf)) return asOf;
  }
  return unit.validUntil ?? unit.validFrom ?? currentAsOf;
}
