import type { Role, UnitLevel } from '@govindex/contracts';

/** Which home an officer sees: the one of their unit's level; the administrator (no unit) sees the country. */
export type HomeView = 'country' | 'province' | 'district' | 'commune';

/**
 * The home follows the level of the unit the account sits on: a province officer gets the province home,
 * a district officer the district one, a commune officer (or a leader of a commune) the commune one.
 * Without a unit (the administrator) the whole country is in scope.
 */
export function homeViewOf(role: Role, unitLevel: UnitLevel | null): HomeView {
  if (role === 'admin' || unitLevel === null) return 'country';
  return unitLevel;
}

/**
 * May the officer open this unit's pages? Their own unit and everything under it; the administrator
 * everything. The API checks again: this only decides whether to offer the link.
 */
export function isUnitInScope(userUnitId: number | null, unit: { id: number; ancestors: ReadonlyArray<{ id: number }> }): boolean {
  if (userUnitId === null) return true;
  return unit.id === userUnitId || unit.ancestors.some((ancestor) => ancestor.id === userUnitId);
}
