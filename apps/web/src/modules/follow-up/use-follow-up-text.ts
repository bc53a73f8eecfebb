import { useI18n } from '../../app/i18n/i18n';
import { FOLLOW_UP_MESSAGES, type FollowUpMessages } from './follow-up-messages';

/** The module's texts in the interface language, with the language itself for number formats. */
export function useFollowUpText(): { f: FollowUpMessages; language: ReturnType<typeof useI18n>['language'] } {
  const { language } = useI18n();
  return { f: FOLLOW_UP_MESSAGES[language], language };
}
