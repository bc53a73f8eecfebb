import { describe, expect, it } from 'vitest';
import { createRequestQueue } from './request-queue';

/** A task that finishes when told to, recording when it started. */
function deferred(log: string[], name: string) {
  let finish!: (value: string) => void;
  const task = () => {
    log.push(`start ${name}`);
    return new Promise<string>((resolve) => {
      finish = (value) => resolve(value);
    });
  };
  return { task, finish: (value = name) => finish(value) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createRequestQueue', () => {
  it('runs one task at a time, in order, when the limit is 1', async () => {
    const log: string[] = [];
    const enqueue = createRequestQueue(1);
    const a = deferred(log, 'a');
    const b = deferred(log, 'b');
    const first = enqueue(a.task);
    const second = enqueue(b.task);
    await tick();
    expect(log).toEqual(['start a']);
    a.finish();
    expect(await first).toBe('a');
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    b.finish();
    expect(await second).toBe('b');
  });

  it('runs up to the limit together', async () => {
    const log: string[] = [];
    const enqueue = createRequestQueue(2);
    const tasks = ['a', 'b', 'c'].map((name) => deferred(log, name));
    const results = tasks.map((task) => enqueue(task.task));
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    tasks[1]!.finish();
    await results[1];
    await tick();
    expect(log).toEqual(['start a', 'start b', 'start c']);
    tasks[0]!.finish();
    tasks[2]!.finish();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c']);
  });

  it('drops a waiting task whose request was cancelled, without starting it', async () => {
    const log: string[] = [];
    const enqueue = createRequestQueue(1);
    const a = deferred(log, 'a');
    const b = deferred(log, 'b');
    const c = deferred(log, 'c');
    const controller = new AbortController();
    const first = enqueue(a.task);
    const cancelled = enqueue(b.task, controller.signal);
    const third = enqueue(c.task);
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    a.finish();
    await first;
    await tick();
    expect(log).toEqual(['start a', 'start c']);
    c.finish();
    expect(await third).toBe('c');
  });

  it('frees the slot when a task fails', async () => {
    const enqueue = createRequestQueue(1);
    await expect(enqueue(() => Promise.reject(new Error('404')))).rejects.toThrow('404');
    await expect(
      enqueue(() => {
        throw new Error('sync');
      }),
    ).rejects.toThrow('sync');
    expect(await enqueue(() => Promise.resolve('next'))).toBe('next');
  });
});
