import type { UnitLevel } from '@govindex/contracts';

/** The unit a home is about: the signed-in officer's own (or, for the administrator, the province chosen). */
export interface HomeUnit {
  id: number;
  fullName: string;
  level: UnitLevel;
  parentId: number | null;
}
