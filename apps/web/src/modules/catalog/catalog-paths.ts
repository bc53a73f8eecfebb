export const CATALOG_PATH = '/bo-chi-so';
/** The editor of a province's own commune-level version, started from the version `from`. */
export const PROVINCE_VERSION_PATH = `${CATALOG_PATH}/phien-ban-tinh`;

export const catalogVersionPath = (versionId: number): string => `${CATALOG_PATH}?${new URLSearchParams({ version: String(versionId) })}`;
export const provinceVersionEditorPath = (fromVersionId: number): string =>
  `${PROVINCE_VERSION_PATH}?${new URLSearchParams({ from: String(fromVersionId) })}`;

/** What a saved version tells the catalog page, through the navigation state, so it can say so. */
export interface SavedVersionNote {
  savedVersion: { id: number; label: string; created: boolean };
}

export function savedVersionNoteOf(state: unknown): SavedVersionNote['savedVersion'] | null {
  if (typeof state !== 'object' || state === null || !('savedVersion' in state)) return null;
  const saved = (state as SavedVersionNote).savedVersion;
  return typeof saved?.id === 'number' && typeof saved.label === 'string' ? saved : null;
}

/** Reads a positive id from the query string; anything else is no id. */
export function idParam(text: string | null): number | null {
  return text && /^[1-9]\d{0,15}$/.test(text) ? Number(text) : null;
}
