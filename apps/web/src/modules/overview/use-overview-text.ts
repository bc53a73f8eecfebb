import { useI18n } from '../../app/i18n/i18n';
import { OVERVIEW_MESSAGES, type OverviewMessages } from './overview-messages';

/** The module's texts in the interface language, with the language itself for number formats. */
export function useOverviewText(): { o: OverviewMessages; language: ReturnType<typeof useI18n>['language'] } {
  const { language } = useI18n();
  return { o: OVERVIEW_MESSAGES[language], language };
}
