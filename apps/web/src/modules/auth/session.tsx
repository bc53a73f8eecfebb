import type { Role, SessionInfo } from '@govindex/contracts';
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { authApi } from './auth-api';

/**
 * Why there is no session: never signed in on this visit, signed out on purpose, or ended by the API
 * (expired, revoked). Only an ended session sends the officer back to the page they were on after signing in.
 */
export type SignedOutReason = 'none' | 'signed-out' | 'expired';

export type SessionState =
  | { status: 'checking' }
  | { status: 'signed-out'; reason: SignedOutReason }
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

/** Asks the API on load: the session cookie is httpOnly, so only the API knows whether there is one. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'checking' });
  const isChecking = state.status === 'checking';

  useEffect(() => {
    if (!isChecking) return;
    const controller = new AbortController();
    authApi.current(controller.signal).then(
      (session) => setState(session ? { status: 'signed-in', session } : { status: 'signed-out', reason: 'none' }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [isChecking]);

  const signIn = useCallback((session: SessionInfo) => setState({ status: 'signed-in', session }), []);

  const expire = useCallback(() => setState({ status: 'signed-out', reason: 'expired' }), []);

  const signOut = useCallback(async () => {
    if (state.status === 'signed-in') {
      // Signed out locally even if the API cannot be told: the session then simply runs out.
      await authApi.logout(state.session.csrfToken).catch(() => undefined);
    }
    setState({ status: 'signed-out', reason: 'signed-out' });
  }, [state]);

  const recheck = useCallback(() => setState({ status: 'checking' }), []);

  const value = useMemo(() => ({ state, signIn, signOut, expire, recheck }), [state, signIn, signOut, expire, recheck]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionValue {
  const value = use(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in user's role, or null without a session. */
export function useRole(): Role | null {
  const { state } = useSession();
  return state.status === 'signed-in' ? state.session.user.role : null;
}

/** The session of a page behind <RequireSession>: there always is one there. */
export function useSignedInSession(): SessionInfo {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useSignedInSession must be used behind <RequireSession>');
  return state.session;
}
