/** The slice of the Web Storage API the dashboard uses, so preference logic is testable without a browser. */
export type PreferenceStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The browser's localStorage, when there is a browser. */
export function browserStorage(): PreferenceStore | undefined {
  return typeof window === 'undefined' ? undefined : window.localStorage;
}

/** Storage may be blocked (private windows, strict settings): then nothing is remembered, nothing fails. */
export function readPreference(store: PreferenceStore | undefined, key: string): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores the value, or forgets the key when the value is null. */
export function writePreference(store: PreferenceStore | undefined, key: string, value: string | null): void {
  try {
    if (value === null) store?.removeItem(key);
    else store?.setItem(key, value);
  } catch {
    // Not remembering is acceptable: the choice still holds for this visit.
  }
}
