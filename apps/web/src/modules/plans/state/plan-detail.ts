import type { PlanTask, Role, UnitDetail } from '@govindex/contracts';

/** The tasks under one dimension ("Tham gia của người dân ở cấp cơ sở") of one framework, in plan order. */
export interface TaskGroup {
  key: string;
  framework: string | null;
  /** As the plan writes it; null for tasks the plan gives no dimension. */
  dimension: string | null;
  /** The catalog code of the dimension ("D1"), when the tasks' linked indicators agree on it. */
  indicatorCode: string | null;
  tasks: PlanTask[];
}

/** The dimension part of an indicator code: "D1.2" → "D1". */
const dimensionCodeOf = (code: string | null): string | null => (code ? (code.split('.')[0] ?? null) : null);

/**
 * The task table by dimension, groups in the order their first task comes in the plan; tasks without a
 * dimension come last, together.
 */
export function groupTasksByDimension(tasks: readonly PlanTask[]): TaskGroup[] {
  const ordered = [...tasks].sort((a, b) => a.position - b.position);
  const groups = new Map<string, TaskGroup>();
  for (const task of ordered) {
    const key = task.dimension === null ? '\u0000none' : `${task.framework ?? ''}\u0000${task.dimension.trim().toLocaleLowerCase('vi')}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, framework: task.framework, dimension: task.dimension, indicatorCode: null, tasks: [] };
      groups.set(key, group);
    }
    group.tasks.push(task);
  }
  const result = [...groups.values()].map((group) => {
    const codes = new Set(group.tasks.map((task) => dimensionCodeOf(task.indicatorCode)));
    const [only] = codes;
    return { ...group, indicatorCode: codes.size === 1 && only ? only : null };
  });
  return [...result.filter((group) => group.dimension !== null), ...result.filter((group) => group.dimension === null)];
}

/**
 * May the signed-in user change this plan? Officers change the plans of their own unit and of the units
 * below it (a commune reads its district's plan, but does not edit it); leaders only read.
 */
export function canEditPlan(role: Role, userUnitId: number | null, planUnit: Pick<UnitDetail, 'id' | 'ancestors'> | null): boolean {
  if (role === 'admin') return true;
  if (role === 'viewer' || userUnitId === null || planUnit === null) return false;
  return planUnit.id === userUnitId || planUnit.ancestors.some((ancestor) => ancestor.id === userUnitId);
}

/** The short name of a framework code as officers say it: PAR_INDEX is "PAR INDEX", DAN_VAN "Dân vận". */
export function frameworkShortName(code: string): string {
  if (code === 'DAN_VAN') return 'Dân vận';
  return code.replace(/_/g, ' ');
}
