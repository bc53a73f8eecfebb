import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../../shared/format/format';
import { browserStorage } from '../../shared/storage/preference-store';
import { readLanguagePreference, writeLanguagePreference } from './language-preference';
import { MESSAGES, type Messages } from './messages';

interface I18nValue {
  language: Language;
  t: Messages;
  setLanguage: (language: Language) => void;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => readLanguagePreference(browserStorage()));

  const setLanguage = useCallback((next: Language) => {
    writeLanguagePreference(browserStorage(), next);
    setLanguageState(next);
  }, []);

  // Screen readers and the browser's hyphenation follow the document language.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo(() => ({ language, t: MESSAGES[language], setLanguage }), [language, setLanguage]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

/** The current language, its texts and the switch. */
export function useI18n(): I18nValue {
  const value = use(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
