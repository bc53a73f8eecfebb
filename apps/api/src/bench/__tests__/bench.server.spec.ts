import { describe, expect, inject, it } from 'vitest';
import '../../testing/provided-context.js';
import { runCountryBenchmark, summary } from '../country-bench.js';

/**
 * `npm run bench` kept working: the whole benchmark at its tiny size (one district's communes), with a
 * second of load per view. It asserts that every step ran and produced figures, never a time: those
 * belong to docs/PERFORMANCE.md, measured on a quiet machine. The benchmark needs a PostgreSQL server
 * (it creates its own database there and COPYs): a *.server.spec.ts, run by the api-server suite only.
 */
describe('npm run bench (tiny)', () => {
  it('generates the dataset, imports it both ways, loads every view, checks freshness and memory', async () => {
    const figures = await runCountryBenchmark({
      size: 'tiny',
      serverUrl: inject('databaseUrl'),
      connections: 8,
      seconds: 1,
      soakSeconds: 1,
      rawIterations: 5,
      api: 'in-process',
      year: 2024,
      log: () => undefined,
    });

    expect(figures.dataset.import.files).toBeGreaterThan(100);
    expect(figures.import.values).toBeGreaterThan(5_000);
    expect(figures.import.productSeconds).toBeGreaterThan(0);
    expect(figures.import.rawCopySeconds).toBeGreaterThan(0);
    expect(figures.dataset.plans.reports).toBe(2 * figures.dataset.plans.plans);
    expect(figures.scenarios.map((scenario) => scenario.name)).toEqual([
      'district ranking',
      'commune scorecard',
      'weak indicators',
      'lagging communes',
      'province trend',
      'national ranking',
    ]);
    for (const scenario of figures.scenarios) {
      expect(scenario.api.count, scenario.name).toBeGreaterThan(0);
      expect(scenario.api.non2xx + scenario.api.errors, scenario.name).toBe(0);
      expect(scenario.cold?.count, scenario.name).toBeGreaterThan(0);
      expect(scenario.raw.count, scenario.name).toBe(5);
      expect(scenario.disagreement, scenario.name).toBeNull();
    }
    expect(Object.values(figures.freshness.views).every((seconds) => seconds !== null)).toBe(true);
    expect(figures.memory.peakMb).toBeGreaterThan(0);
    expect(figures.targets.length).toBeGreaterThan(10);
    expect(summary(figures)).toContain('district ranking');
  }, 180_000);
});
