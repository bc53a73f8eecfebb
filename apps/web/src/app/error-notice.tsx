import { ApiError } from '../shared/api/api-client';
import { useSession } from '../modules/auth/session';
import { describeError } from './i18n/describe-error';
import { useI18n } from './i18n/i18n';

/** A failed load, explained, with a way forward: try again, or sign in again when the session is gone. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  const { expire } = useSession();
  const sessionEnded = error instanceof ApiError && error.kind === 'unauthorized';
  return (
    <div className="notice notice--error" role="alert">
      <span>{describeError(error, t)}</span>
      {sessionEnded ? (
        <button type="button" className="button button--small" onClick={expire}>
          {t.auth.signInAgain}
        </button>
      ) : (
        onRetry && (
          <button type="button" className="button button--small" onClick={onRetry}>
            {t.errors.retry}
          </button>
        )
      )}
    </div>
  );
}
