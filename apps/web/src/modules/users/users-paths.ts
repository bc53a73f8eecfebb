export const USERS_PATH = '/nguoi-dung';
export const NEW_USER_PATH = `${USERS_PATH}/moi`;

export const userEditPath = (id: number): string => `${USERS_PATH}/${id}`;

/** What a save tells the user list, through the navigation state, so it can say so and mark the row. */
export interface SavedUserNote {
  saved: { email: string; action: 'created' | 'updated' };
}

export function savedUserNoteOf(state: unknown): SavedUserNote['saved'] | null {
  if (typeof state !== 'object' || state === null || !('saved' in state)) return null;
  const saved = (state as SavedUserNote).saved;
  return typeof saved?.email === 'string' && (saved.action === 'created' || saved.action === 'updated') ? saved : null;
}
