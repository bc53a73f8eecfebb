import type { Language } from '../../shared/format/format';
import { readPreference, writePreference, type PreferenceStore } from '../../shared/storage/preference-store';

export const LANGUAGE_STORAGE_KEY = 'govindex.language';
export const DEFAULT_LANGUAGE: Language = 'vi';

export function isLanguage(value: unknown): value is Language {
  return value === 'vi' || value === 'en';
}

/** The language chosen earlier on this browser, else Vietnamese. */
export function readLanguagePreference(store: PreferenceStore | undefined): Language {
  const stored = readPreference(store, LANGUAGE_STORAGE_KEY);
  return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
}

export function writeLanguagePreference(store: PreferenceStore | undefined, language: Language): void {
  writePreference(store, LANGUAGE_STORAGE_KEY, language);
}
