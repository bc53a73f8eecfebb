import { Global, Inject, Injectable, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { requestContext } from '../access/request-context.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

/** Kinds of data an answer is computed from; each has a counter in `data_generation` (migration 1764000000000). */
export type DataTopic = 'results' | 'catalog' | 'units' | 'plans';

export interface AnswerOptions {
  /** What the answer reads: a write to any of these makes it recomputed. */
  topics: readonly DataTopic[];
  /**
   * The unit the caller must see (in their subtree) for the answer to be given from memory; when they
   * do not, the answer is computed as usual, which refuses them exactly as it always has (404).
   * Omitted for answers public to every signed-in user (published rankings, distributions).
   */
  scopeUnitId?: number | null;
  /** Anything else the answer depends on that no counter tracks (the Vietnam date for report timeliness). */
  stamp?: string;
}

interface Entry {
  stamp: string;
  value: unknown;
  bytes: number;
}

/**
 * Answers computed from current data, kept in memory until the data they read changes. Every counter
 * in `data_generation` is bumped by triggers in the same transaction as the write it counts, so one
 * small read per request (together with the caller's scope check) says whether a kept answer is still
 * current: fresh the moment the write commits, on every instance, with no message between them.
 *
 * Only answers that are the same for every caller allowed to ask are kept: the scope check runs on
 * every request (the unit must be in the caller's subtree), and what the answer contains is either
 * public to signed-in users (published results) or in the subtree of the unit asked about. Errors are
 * never kept. Bounded by ANSWER_CACHE_MB (least recently used out first); 0 turns it off.
 */
@Injectable()
export class AnswerCache {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<unknown>>();
  private bytes = 0;
  private readonly budget: number;
  hits = 0;
  misses = 0;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.budget = config.answerCacheMb * 1024 * 1024;
  }

  async answer<T>(key: string, options: AnswerOptions, compute: () => Promise<T>): Promise<T> {
    const actor = requestContext.actor();
    if (this.budget === 0 || !actor) return compute();
    const scopeUnitId = options.scopeUnitId ?? null;
    const [state] = await this.dataSource.query<Array<{ generations: Record<string, string>; visible: boolean }>>(
      `SELECT (SELECT json_object_agg(topic, generation) FROM data_generation) AS generations,
              ($1::int IS NULL OR EXISTS (SELECT 1 FROM unit u WHERE u.id = $1 AND ($2::int IS NULL OR u.ancestry @> ARRAY[$2::int]))) AS visible`,
      [scopeUnitId, actor.role === 'admin' ? null : actor.unitId],
    );
    if (!state?.visible) return compute();
    const stamp = [...options.topics.map((topic) => state.generations[topic] ?? '?'), options.stamp ?? ''].join('/');
    const entry = this.entries.get(key);
    if (entry && entry.stamp === stamp) {
      // Least recently used goes first: a hit moves the entry to the end of the map's order.
      this.entries.delete(key);
      this.entries.set(key, entry);
      this.hits++;
      return entry.value as T;
    }
    const flight = `${key}@${stamp}`;
    const running = this.pending.get(flight);
    if (running) return running as Promise<T>;
    this.misses++;
    const work = compute().then((value) => {
      this.store(key, stamp, value);
      return value;
    });
    this.pending.set(flight, work);
    try {
      return await work;
    } finally {
      this.pending.delete(flight);
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  private store(key: string, stamp: string, value: unknown): void {
    const bytes = JSON.stringify(value).length * 2;
    if (bytes > this.budget / 4) return;
    const previous = this.entries.get(key);
    if (previous) {
      this.bytes -= previous.bytes;
      this.entries.delete(key);
    }
    this.entries.set(key, { stamp, value, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.budget) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }
}

@Global()
@Module({ providers: [AnswerCache], exports: [AnswerCache] })
export class AnswerCacheModule {}
