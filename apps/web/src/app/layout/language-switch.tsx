import type { Language } from '../../shared/format/format';
import { useI18n } from '../i18n/i18n';

const LANGUAGES: readonly Language[] = ['vi', 'en'];

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className="language-switch" role="group" aria-label={t.layout.language}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-switch__option"
          aria-pressed={language === option}
          onClick={() => setLanguage(option)}
        >
          {t.layout.languageNames[option]}
        </button>
      ))}
    </div>
  );
}
