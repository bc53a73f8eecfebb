import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

export type QueryState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'success'; data: T }
  | { status: 'error'; error: unknown };

export type QueryResult<T> = QueryState<T> & { retry: () => void };

/** What to load: `key` must name every input of `load`, so that equal keys mean equal answers. */
export interface QueryRequest<T> {
  key: string;
  load: (signal: AbortSignal) => Promise<T>;
}

const IDLE: QueryState<never> = { status: 'idle' };
const LOADING: QueryState<never> = { status: 'loading' };

interface Settled<T> {
  key: string;
  attempt: number;
  state: QueryState<T>;
}

/**
 * Loads data and follows the request's key: a new key cancels the previous request, and an answer is only
 * shown for the key (and attempt) it was asked for, so a slow old answer can never replace a newer one.
 * A null request means there is nothing to load.
 */
export function useApiQuery<T>(request: QueryRequest<T> | null): QueryResult<T> {
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const key = request?.key ?? null;
  // The latest loader is read when the key changes; a new function identity alone must not reload.
  const loadRef = useRef(request?.load);
  useLayoutEffect(() => {
    loadRef.current = request?.load;
  });

  useEffect(() => {
    const load = loadRef.current;
    if (key === null || !load) return;
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ key, attempt, state: { status: 'success', data } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setSettled({ key, attempt, state: { status: 'error', error } });
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  const retry = useCallback(() => setAttempt((previous) => previous + 1), []);

  let state: QueryState<T> = LOADING;
  if (key === null) state = IDLE;
  else if (settled && settled.key === key && settled.attempt === attempt) state = settled.state;
  return { ...state, retry };
}
