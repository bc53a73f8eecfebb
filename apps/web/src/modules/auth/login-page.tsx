import { useId, useState, type FormEvent } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { describeError } from '../../app/i18n/describe-error';
import { useI18n } from '../../app/i18n/i18n';
import { ApiError } from '../../shared/api/api-client';
import { authApi } from './auth-api';
import { safeNextPath } from './safe-next-path';
import { useSession } from './session';

export function LoginPage() {
  const { t } = useI18n();
  const session = useSession();
  const [searchParams] = useSearchParams();
  const emailId = useId();
  const passwordId = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  // Signed in (now or already): go where the officer was heading.
  if (session.state.status === 'signed-in') return <Navigate to={safeNextPath(searchParams.get('next'))} replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsSubmitting(true);
    setFailure(null);
    try {
      session.signIn(await authApi.login({ email, password }));
    } catch (error) {
      setFailure(error);
      setIsSubmitting(false);
    }
  };

  const failureText =
    failure === null
      ? null
      : failure instanceof ApiError && failure.kind === 'unauthorized'
        ? t.auth.wrongCredentials
        : describeError(failure, t);

  return (
    <div className="login">
      <title>{`${t.auth.pageTitle} — GovIndex`}</title>
      <form className="panel login__card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title" className="login__title">
          {t.auth.pageTitle}
        </h1>
        <p className="login__intro">{t.auth.intro}</p>
        {failureText && (
          <p className="notice notice--error" role="alert">
            {failureText}
          </p>
        )}
        <label htmlFor={emailId} className="field-label">
          {t.auth.email}
        </label>
        <input
          id={emailId}
          className="input"
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <label htmlFor={passwordId} className="field-label">
          {t.auth.password}
        </label>
        <input
          id={passwordId}
          className="input"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button type="submit" className="button login__submit" disabled={isSubmitting}>
          {isSubmitting ? t.auth.submitting : t.auth.submit}
        </button>
      </form>
    </div>
  );
}
