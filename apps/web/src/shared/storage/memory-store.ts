import type { PreferenceStore } from './preference-store';

/** Storage held in memory: stands in for localStorage where there is no browser (unit tests). */
export function memoryStore(initial: Record<string, string> = {}): PreferenceStore & { values: Map<string, string> } {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}

const refuse = () => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

/** Storage as a browser with storage blocked behaves: every call throws. */
export const blockedStore: PreferenceStore = { getItem: refuse, setItem: refuse, removeItem: refuse };
