export const PLANS_PATH = '/ke-hoach';
export const NEW_PLAN_PATH = `${PLANS_PATH}/moi`;
export const PLAN_IMPORT_PATH = `${PLANS_PATH}/nhap`;
export const PLAN_ROUTE = `${PLANS_PATH}/:id`;
export const PLAN_EDIT_ROUTE = `${PLANS_PATH}/:id/sua`;

export const planPath = (id: number): string => `${PLANS_PATH}/${id}`;
export const planEditPath = (id: number): string => `${PLANS_PATH}/${id}/sua`;

/** The id in a plan's address, or null when it is none (the page then says it found nothing). */
export function parsePlanId(text: string | undefined): number | null {
  return text && /^[1-9]\d{0,15}$/.test(text) ? Number(text) : null;
}

/** What a save tells the plan page, through the navigation state, so it can say so. */
export interface SavedPlanNote {
  saved: 'created' | 'updated';
}

export function savedPlanNoteOf(state: unknown): SavedPlanNote['saved'] | null {
  if (typeof state !== 'object' || state === null || !('saved' in state)) return null;
  const saved = (state as SavedPlanNote).saved;
  return saved === 'created' || saved === 'updated' ? saved : null;
}

/** What the deletion of a plan tells the plan list, so it can say so. */
export interface DeletedPlanNote {
  deleted: { unit: string; year: number };
}

export function deletedPlanNoteOf(state: unknown): DeletedPlanNote['deleted'] | null {
  if (typeof state !== 'object' || state === null || !('deleted' in state)) return null;
  const deleted = (state as DeletedPlanNote).deleted;
  return typeof deleted?.unit === 'string' && typeof deleted.year === 'number' ? deleted : null;
}
