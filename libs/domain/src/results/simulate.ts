/**
 * Deterministic simulated scores for demonstration: no commune-level results are public, yet the
 * dashboard must show what a district sees. Every commune gets a lasting strength per dimension, shared
 * partly with its district, around the province's real score of the year; a little yearly noise
 * moves ranks. The same seed always gives the same numbers.
 */
export interface SimulationInput {
  units: ReadonlyArray<{ code: string; groupCode: string }>;
  years: readonly number[];
  /** The real (province) score per year and dimension code, that units scatter around. */
  baseline: ReadonlyMap<number, ReadonlyMap<string, number>>;
  min: number;
  max: number;
  seed: string;
}

export interface SimulatedRow {
  code: string;
  year: number;
  values: Map<string, number>;
}

export function simulateScores(input: SimulationInput): SimulatedRow[] {
  const random = mulberry32(hashSeed(input.seed));
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const dimensions = [...new Set([...input.baseline.values()].flatMap((byDimension) => [...byDimension.keys()]))].sort();
  const groupEffect = new Map<string, number>();
  const unitEffect = new Map<string, number>();
  for (const unit of input.units) {
    for (const dimension of dimensions) {
      const groupKey = `${unit.groupCode}:${dimension}`;
      if (!groupEffect.has(groupKey)) groupEffect.set(groupKey, normal() * 0.4);
      unitEffect.set(`${unit.code}:${dimension}`, normal() * 0.55);
    }
  }
  const rows: SimulatedRow[] = [];
  for (const year of input.years) {
    const baseline = input.baseline.get(year);
    if (!baseline) continue;
    for (const unit of input.units) {
      const values = new Map<string, number>();
      for (const [dimension, base] of baseline) {
        const score = base + (groupEffect.get(`${unit.groupCode}:${dimension}`) ?? 0) + (unitEffect.get(`${unit.code}:${dimension}`) ?? 0) + normal() * 0.2;
        values.set(dimension, Math.round(Math.min(input.max, Math.max(input.min, score)) * 10_000) / 10_000);
      }
      rows.push({ code: unit.code, year, values });
    }
  }
  return rows;
}

/** A small, well-mixed 32-bit generator: enough for demo data, and the same everywhere. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function hashSeed(seed: string): number {
  let hash = 2_166_136_261;
  for (const char of seed) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16_777_619);
  return hash >>> 0;
}
