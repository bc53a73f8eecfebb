import { describe, expect, it } from 'vitest';
import { blockedStore, memoryStore } from './memory-store';
import { readPreference, writePreference } from './preference-store';

describe('preference store', () => {
  it('stores, reads and forgets a value', () => {
    const store = memoryStore();
    writePreference(store, 'k', 'v');
    expect(readPreference(store, 'k')).toBe('v');
    writePreference(store, 'k', null);
    expect(readPreference(store, 'k')).toBeNull();
    expect(store.values.size).toBe(0);
  });

  it('reads nothing and fails nowhere when storage is blocked or absent', () => {
    expect(readPreference(blockedStore, 'k')).toBeNull();
    expect(() => writePreference(blockedStore, 'k', 'v')).not.toThrow();
    expect(() => writePreference(blockedStore, 'k', null)).not.toThrow();
    expect(readPreference(undefined, 'k')).toBeNull();
  });
});
