/** Runs an asynchronous task when the queue has room for it. */
export type Enqueue = <T>(task: () => Promise<T>, signal?: AbortSignal) => Promise<T>;

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The request was cancelled.', 'AbortError');
}

/**
 * At most `limit` tasks under way at once; the others wait their turn in order. A task whose signal is
 * aborted while it waits is dropped at once (rejected with the abort reason) and never started.
 */
export function createRequestQueue(limit: number): Enqueue {
  let active = 0;
  const waiting: Array<() => void> = [];
  const pump = () => {
    while (active < limit && waiting.length > 0) waiting.shift()?.();
  };
  return <T>(task: () => Promise<T>, signal?: AbortSignal) =>
    new Promise<T>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortReason(signal));
        return;
      }
      const start = () => {
        signal?.removeEventListener('abort', drop);
        active += 1;
        let running: Promise<T>;
        try {
          running = task();
        } catch (error) {
          running = Promise.reject(error);
        }
        running.then(resolve, reject).finally(() => {
          active -= 1;
          pump();
        });
      };
      const drop = () => {
        const index = waiting.indexOf(start);
        if (index >= 0) waiting.splice(index, 1);
        reject(abortReason(signal as AbortSignal));
      };
      signal?.addEventListener('abort', drop, { once: true });
      waiting.push(start);
      pump();
    });
}
