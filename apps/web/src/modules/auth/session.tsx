import type { SessionInfo } from '@govindex/contracts';
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError } from '../../shared/api/api-client';
import { browserStorage, readPreference, writePreference } from '../../shared/storage/preference-store';
import { authApi } from './auth-api';

/**
 * Set while this browser holds a session. The cookie itself is httpOnly, so without this hint every
 * signed-out visit would have to ask the API and collect a 401 to learn what the hint already says.
 */
const SIGNED_IN_HINT_KEY = 'govindex.signedIn';

export type SessionState =
  | { status: 'checking' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; session: SessionInfo }
  | { status: 'error'; error: unknown };

interface SessionValue {
  state: SessionState;
  signIn: (session: SessionInfo) => void;
  signOut: () => Promise<void>;
  /** The API said the session is gone (expired, revoked): forget it so the officer is asked to sign in. */
  expire: () => void;
  recheck: () => void;
}

const SessionContext = createContext<SessionValue | null>(null);

const initialState = (): SessionState =>
  readPreference(browserStorage(), SIGNED_IN_HINT_KEY) ? { status: 'checking' } : { status: 'signed-out' };

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>(initialState);
  const isChecking = state.status === 'checking';

  const expire = useCallback(() => {
    writePreference(browserStorage(), SIGNED_IN_HINT_KEY, null);
    setState({ status: 'signed-out' });
  }, []);

  useEffect(() => {
    if (!isChecking) return;
    const controller = new AbortController();
    authApi.current(controller.signal).then(
      (session) => setState({ status: 'signed-in', session }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiError && error.kind === 'unauthorized') expire();
        else setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [isChecking, expire]);

  const signIn = useCallback((session: SessionInfo) => {
    writePreference(browserStorage(), SIGNED_IN_HINT_KEY, '1');
    setState({ status: 'signed-in', session });
  }, []);

  const signOut = useCallback(async () => {
    if (state.status === 'signed-in') {
      // Signed out locally even if the API cannot be told: the session then simply runs out.
      await authApi.logout(state.session.csrfToken).catch(() => undefined);
    }
    expire();
  }, [state, expire]);

  const recheck = useCallback(() => setState({ status: 'checking' }), []);

  const value = useMemo(() => ({ state, signIn, signOut, expire, recheck }), [state, signIn, signOut, expire, recheck]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionValue {
  const value = use(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
