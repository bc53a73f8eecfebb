import { describe, expect, it } from 'vitest';
import { blockedStore, memoryStore } from '../../shared/storage/memory-store';
import { LANGUAGE_STORAGE_KEY, readLanguagePreference, writeLanguagePreference } from './language-preference';

describe('language preference', () => {
  it('defaults to Vietnamese', () => {
    expect(readLanguagePreference(memoryStore())).toBe('vi');
    expect(readLanguagePreference(undefined)).toBe('vi');
  });

  it('remembers the chosen language', () => {
    const store = memoryStore();
    writeLanguagePreference(store, 'en');
    expect(store.values.get(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(readLanguagePreference(store)).toBe('en');
  });

  it('ignores a stored value that is not a supported language', () => {
    expect(readLanguagePreference(memoryStore({ [LANGUAGE_STORAGE_KEY]: 'fr' }))).toBe('vi');
  });

  it('falls back to Vietnamese when storage is blocked', () => {
    expect(readLanguagePreference(blockedStore)).toBe('vi');
    expect(() => writeLanguagePreference(blockedStore, 'en')).not.toThrow();
  });
});
