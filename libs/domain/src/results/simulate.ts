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

/* ------------------------------------------------------------------------------------------------ *
 * Country-scale simulation (the benchmark's dataset). Unlike simulateScores above, every number here
 * depends only on the seed and on what it describes (unit, group, indicator code, year), never on
 * which other units or years are asked for, so a dataset can be written in chunks and rebuilt
 * identically chunk by chunk.
 * ------------------------------------------------------------------------------------------------ */

/** An indicator's scale, as the simulation needs it. */
export interface SimulatedIndicator {
  code: string;
  min: number;
  max: number;
}

export interface IndicatorSimulationInput {
  seed: string;
  /** groupCode: units of one group (a district's communes) share part of their strengths. */
  units: ReadonlyArray<{ code: string; groupCode: string }>;
  year: number;
  indicators: readonly SimulatedIndicator[];
}

/**
 * One year of values for the given units and indicators (typically the leaves of a version's tree):
 * each unit has a lasting strength per indicator, partly shared with its group, a national drift per
 * indicator and year moves everyone, and a little yearly noise moves ranks. Values stay inside each
 * indicator's range and are rounded to 4 decimals.
 */
export function simulateIndicatorScores(input: IndicatorSimulationInput): SimulatedRow[] {
  const seed = hashSeed(input.seed);
  const codeHashes = input.indicators.map((indicator) => hashSeed(indicator.code));
  const yearHash = mix(seed, input.year);
  const drift = codeHashes.map((codeHash) => gaussian(mix(mix(yearHash, codeHash), 1)));
  const groups = new Map<string, number[]>();
  const rows: SimulatedRow[] = [];
  for (const unit of input.units) {
    let group = groups.get(unit.groupCode);
    if (!group) {
      const groupHash = mix(seed, hashSeed(`group:${unit.groupCode}`));
      group = codeHashes.map((codeHash) => gaussian(mix(groupHash, codeHash)));
      groups.set(unit.groupCode, group);
    }
    const unitHash = mix(seed, hashSeed(`unit:${unit.code}`));
    const unitYearHash = mix(unitHash, input.year);
    const values = new Map<string, number>();
    input.indicators.forEach((indicator, index) => {
      const codeHash = codeHashes[index]!;
      const position = 0.58 + 0.07 * group[index]! + 0.1 * gaussian(mix(unitHash, codeHash)) + 0.025 * drift[index]! + 0.035 * gaussian(mix(unitYearHash, codeHash));
      const clamped = Math.min(0.99, Math.max(0.01, position));
      values.set(indicator.code, Math.round((indicator.min + (indicator.max - indicator.min) * clamped) * 10_000) / 10_000);
    });
    rows.push({ code: unit.code, year: input.year, values });
  }
  return rows;
}

/** A version of a framework at one level, as stand-in planning needs it. */
export interface VersionSpan {
  id: number;
  level: string;
  firstYear: number;
  lastYear: number | null;
}

export interface StandInVersion {
  level: string;
  firstYear: number;
  lastYear: number;
  /** The real version whose indicator tree the stand-in copies. */
  templateId: number;
}

/**
 * The versions a simulated dataset needs beyond the real catalog so that every wanted level has a
 * version for every wanted year: for a year no version of a level covers, the tree of the nearest
 * later version of that level, else of the version of `fallbackLevel` covering the year, else the
 * earliest version of `fallbackLevel`. Consecutive years with the same template make one stand-in.
 */
export function standInVersions(real: readonly VersionSpan[], levels: readonly string[], years: readonly number[], fallbackLevel = 'province'): StandInVersion[] {
  const covers = (version: VersionSpan, year: number) => version.firstYear <= year && (version.lastYear ?? Number.POSITIVE_INFINITY) >= year;
  const byFirstYear = [...real].sort((a, b) => a.firstYear - b.firstYear);
  const result: StandInVersion[] = [];
  for (const level of levels) {
    const own = byFirstYear.filter((version) => version.level === level);
    const fallback = byFirstYear.filter((version) => version.level === fallbackLevel);
    let open: StandInVersion | null = null;
    for (const year of [...new Set(years)].sort((a, b) => a - b)) {
      const template = own.some((version) => covers(version, year))
        ? null
        : (own.find((version) => version.firstYear > year) ?? fallback.find((version) => covers(version, year)) ?? fallback[0] ?? own[0] ?? null);
      if (template && open && open.templateId === template.id && open.lastYear === year - 1) {
        open.lastYear = year;
        continue;
      }
      open = template ? { level, firstYear: year, lastYear: year, templateId: template.id } : null;
      if (open) result.push(open);
    }
  }
  return result;
}

export interface SimulatedPlanTask {
  /** Catalog code the task is linked to (a sub-dimension such as D1.2, or a dimension). */
  indicatorCode: string;
  task: string;
  product: string;
}

export interface SimulatedReport {
  kind: 'half_year' | 'annual';
  /** Days after the due date it was first submitted (negative: early); null: never submitted. */
  submittedDaysAfterDue: number | null;
  /** Per task, in order: its reported status. */
  statuses: Array<'not_started' | 'in_progress' | 'done'>;
}

export interface SimulatedPlanYear {
  /** Day of January the plan was issued (1–31). */
  issuedDay: number;
  tasks: SimulatedPlanTask[];
  reports: SimulatedReport[];
}

/**
 * A commune's plan of a year (three to five tasks on distinct catalog codes) and its two reports:
 * most on time, some late, a few never submitted; most tasks done by the annual report.
 */
export function simulatePlanYear(seed: string, unitCode: string, year: number, codes: readonly string[]): SimulatedPlanYear {
  const random = mulberry32(mix(mix(hashSeed(seed), hashSeed(`plan:${unitCode}`)), year));
  const taskCount = Math.min(codes.length, 3 + Math.floor(random() * 3));
  const chosen = new Set<string>();
  while (chosen.size < taskCount) chosen.add(codes[Math.floor(random() * codes.length)]!);
  const tasks = [...chosen].sort().map((code, index) => ({
    indicatorCode: code,
    task: `Nhiệm vụ ${index + 1} cải thiện ${code} năm ${year} (dữ liệu mô phỏng)`,
    product: random() < 0.5 ? '100% hồ sơ đúng hạn' : 'Báo cáo kết quả thực hiện',
  }));
  const reports = (['half_year', 'annual'] as const).map((kind): SimulatedReport => {
    const draw = random();
    const submittedDaysAfterDue = draw < 0.04 ? null : draw < 0.12 ? 1 + Math.floor(random() * 20) : -Math.floor(random() * 10);
    const doneShare = kind === 'annual' ? 0.75 : 0.35;
    const statuses = tasks.map(() => {
      const status = random();
      return status < doneShare ? ('done' as const) : status < doneShare + 0.2 ? ('in_progress' as const) : ('not_started' as const);
    });
    return { kind, submittedDaysAfterDue, statuses };
  });
  return { issuedDay: 5 + Math.floor(random() * 20), tasks, reports };
}

/** Two 32-bit hashes mixed into one (murmur3's finaliser over their combination). */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** A standard normal draw determined by one hash (Box–Muller on two uniforms drawn from it). */
function gaussian(hash: number): number {
  const random = mulberry32(hash);
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}
