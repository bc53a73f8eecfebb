import { call, latency, login, SCRIPT_ADMIN, type Latency, type Session } from './harness.js';

/** One request of the mix: its route (for the figures), and how to send it. */
export interface Operation {
  route: string;
  kind: 'read' | 'write';
  /** A write says what it wrote (a key to look for afterwards). */
  send(session: Session, baseUrl: string, sequence: number): Promise<{ status: number; key?: string }>;
}

export interface Sample {
  /** Milliseconds since the load began. */
  at: number;
  route: string;
  kind: 'read' | 'write';
  status: number;
  ms: number;
  key?: string;
  /** Set when the request failed without an HTTP answer (connection refused, reset, timeout). */
  error?: string;
}

/** District and commune ids (as they stood before the 2025 reform) for the mix, read from the database. */
export async function mixUnits(query: (sql: string) => Promise<{ rows: Array<{ id: number }> }>): Promise<{ districts: number[]; communes: number[] }> {
  const districts = (await query(`SELECT id FROM unit WHERE level = 'district' AND valid_from IS NULL ORDER BY code LIMIT 300`)).rows.map((row) => row.id);
  const communes = (await query(`SELECT id FROM unit WHERE level = 'commune' AND valid_from IS NULL ORDER BY code LIMIT 3000`)).rows.map((row) => row.id);
  return { districts, communes };
}

/**
 * The read/write mix of the reliability scripts, on the units, reporting periods, reports' lists,
 * rankings and follow-ups of the whole country (the administrator's view). Writes create reporting
 * periods (each with a title of its own, found again afterwards) and follow-up items.
 */
export async function standardMix(baseUrl: string, units: { districts: number[]; communes: number[] }): Promise<{ session: Session; operations: Operation[]; writeShare: number }> {
  const session = await login(baseUrl, SCRIPT_ADMIN.email, SCRIPT_ADMIN.password);
  const { districts, communes } = units;
  if (districts.length === 0 || communes.length === 0) throw new Error('the unit lists are not loaded');
  const pick = <T>(list: readonly T[], sequence: number) => list[sequence % list.length]!;
  const read = (route: string, path: (sequence: number) => string): Operation => ({
    route,
    kind: 'read',
    send: async (own, base, sequence) => ({ status: (await call(base, own, 'GET', path(sequence), undefined, 10_000)).status }),
  });
  const operations: Operation[] = [
    read('GET /api/health', () => '/api/health'),
    read('GET /api/v1/units', (sequence) => `/api/v1/units?parentId=${pick(districts, sequence)}`),
    read('GET /api/v1/units/search', (sequence) => `/api/v1/units/search?q=${['thanh', 'an', 'phu', 'tan', 'hoa'][sequence % 5]}`),
    read('GET /api/v1/results/ranking', (sequence) => `/api/v1/results/ranking?framework=PAPI&level=province&year=${2011 + (sequence % 14)}`),
    read('GET /api/v1/reporting-periods', (sequence) => `/api/v1/reporting-periods?unitId=${pick(districts, sequence)}`),
    read('GET /api/v1/follow-ups', (sequence) => `/api/v1/follow-ups?unitId=${pick(communes, sequence)}`),
    {
      route: 'POST /api/v1/reporting-periods',
      kind: 'write',
      send: async (own, base, sequence) => {
        const key = `tai-${process.pid}-${sequence}`;
        const reply = await call(base, own, 'POST', '/api/v1/reporting-periods', { unitId: pick(districts, sequence), year: 2090, kind: 'other', title: key, dueOn: '2090-12-31', dataFrom: null, dataTo: null }, 10_000);
        return { status: reply.status, key };
      },
    },
    {
      route: 'POST /api/v1/follow-ups',
      kind: 'write',
      send: async (own, base, sequence) => {
        const key = `tai-${process.pid}-${sequence}`;
        const reply = await call(
          base,
          own,
          'POST',
          '/api/v1/follow-ups',
          { unitId: pick(communes, sequence), framework: 'PAPI', year: 2090, indicatorCode: 'D1', reasonKind: 'weak_indicator', reason: key, actionRequested: 'Kiểm thử tải', dueOn: '2090-06-30' },
          10_000,
        );
        return { status: reply.status, key };
      },
    },
  ];
  return { session, operations, writeShare: 0.2 };
}

/**
 * Runs `clients` loops at once until `stop()` says so, each sending the next operation of the mix
 * (writes with probability `writeShare`) as soon as the previous one answered. Every request is kept.
 */
export async function runLoad(options: {
  baseUrl: string;
  session: Session;
  operations: readonly Operation[];
  writeShare: number;
  clients: number;
  stop: () => boolean;
  random: () => number;
  /** Pause after a failed request (no answer), so a refused connection does not spin. */
  pauseOnErrorMs?: number;
}): Promise<Sample[]> {
  const samples: Sample[] = [];
  const reads = options.operations.filter((operation) => operation.kind === 'read');
  const writes = options.operations.filter((operation) => operation.kind === 'write');
  const started = performance.now();
  let sequence = 0;
  await Promise.all(
    Array.from({ length: options.clients }, async () => {
      while (!options.stop()) {
        const isWrite = writes.length > 0 && options.random() < options.writeShare;
        const list = isWrite ? writes : reads;
        const operation = list[Math.floor(options.random() * list.length)]!;
        const mine = sequence++;
        const begun = performance.now();
        try {
          const { status, key } = await operation.send(options.session, options.baseUrl, mine);
          samples.push({ at: begun - started, route: operation.route, kind: operation.kind, status, ms: performance.now() - begun, ...(key ? { key } : {}) });
        } catch (error) {
          const key = operation.kind === 'write' ? `tai-${process.pid}-${mine}` : undefined;
          samples.push({ at: begun - started, route: operation.route, kind: operation.kind, status: 0, ms: performance.now() - begun, error: String((error as Error).cause ?? error).slice(0, 120), ...(key ? { key } : {}) });
          await new Promise((resolve) => setTimeout(resolve, options.pauseOnErrorMs ?? 50));
        }
      }
    }),
  );
  return samples;
}

/** p50/p95/p99 and counts of each route, and the statuses seen. */
export function summarise(samples: readonly Sample[]): Array<{ route: string; statuses: Record<string, number> } & Latency> {
  const routes = [...new Set(samples.map((sample) => sample.route))].sort();
  return routes.map((route) => {
    const mine = samples.filter((sample) => sample.route === route);
    const statuses: Record<string, number> = {};
    for (const sample of mine) statuses[sample.error ? 'no answer' : String(sample.status)] = (statuses[sample.error ? 'no answer' : String(sample.status)] ?? 0) + 1;
    return { route, ...latency(mine.map((sample) => sample.ms)), statuses };
  });
}
