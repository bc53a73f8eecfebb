import { useI18n } from '../../app/i18n/i18n';
import { REPORTS_MESSAGES, type ReportsMessages } from './reports-messages';

/** The module's texts in the interface language, with the language itself for number formats. */
export function useReportsText(): { r: ReportsMessages; language: ReturnType<typeof useI18n>['language'] } {
  const { language } = useI18n();
  return { r: REPORTS_MESSAGES[language], language };
}
