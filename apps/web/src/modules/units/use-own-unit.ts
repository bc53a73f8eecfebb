import type { UnitDetail } from '@govindex/contracts';
import { useApiQuery } from '../../shared/hooks/use-api-query';
import { useSignedInSession } from '../auth/session';
import { unitsApi } from './units-api';

export interface OwnUnitState {
  /** False while the unit is being read; a system administrator has none, and is settled at once. */
  settled: boolean;
  /** The signed-in user's unit with its ancestors, or null (administrator, or the unit could not be read). */
  unit: UnitDetail | null;
  /** The province the user works in: the unit itself for a province officer. */
  provinceId: number | null;
}

/** The unit the signed-in user is attached to, read whole (with its ancestors) once per page. */
export function useOwnUnit(): OwnUnitState {
  const { user } = useSignedInSession();
  const unitId = user.unitId;
  const detail = useApiQuery(unitId === null ? null : { key: `unit:${unitId}`, load: (signal) => unitsApi.detail(unitId, signal) });
  if (unitId === null) return { settled: true, unit: null, provinceId: null };
  if (detail.status !== 'success') return { settled: detail.status === 'error', unit: null, provinceId: null };
  const unit = detail.data;
  return { settled: true, unit, provinceId: unit.level === 'province' ? unit.id : (unit.ancestors[0]?.id ?? null) };
}
