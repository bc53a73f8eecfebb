import http from 'node:http';
import { call, latency, login, SCRIPT_ADMIN, type Latency, type Session } from './harness.js';

/** One request of the mix: its route (for the figures), how to send it, and which latency target it has. */
export interface Operation {
  route: string;
  kind: 'read' | 'write';
  /** docs/PERFORMANCE.md: scoped endpoints p95 ≤ 50 ms, national ones ≤ 300 ms; the health check is held to 50 ms. */
  scope: 'scoped' | 'national' | 'public';
  /** A write says what it wrote (a key to look for afterwards). */
  send(session: Session, baseUrl: string, sequence: number): Promise<{ status: number; key?: string }>;
}

export interface Sample {
  /** Milliseconds since the load began. */
  at: number;
  route: string;
  kind: 'read' | 'write';
  scope: Operation['scope'];
  status: number;
  ms: number;
  key?: string;
  /** Set when the request failed without an HTTP answer (connection refused, reset, timeout). */
  error?: string;
}

/** A district (as it stood before the 2025 reform) and its communes, for the mixes. */
export interface MixDistrict {
  id: number;
  communes: number[];
}

/** Districts and their communes (before the 2025 reform) for the mixes, read from the database. */
export async function mixUnits(query: (sql: string) => Promise<{ rows: Array<{ id: number; communes: number[] }> }>): Promise<MixDistrict[]> {
  const { rows } = await query(
    `SELECT d.id, array_agg(c.id ORDER BY c.code) AS communes
     FROM unit d JOIN unit c ON c.parent_id = d.id
     WHERE d.level = 'district' AND d.valid_from IS NULL AND c.level = 'commune'
     GROUP BY d.id, d.code ORDER BY d.code LIMIT 300`,
  );
  if (rows.length === 0) throw new Error('the unit lists are not loaded');
  return rows.map((row) => ({ id: row.id, communes: row.communes }));
}

// One keep-alive agent for the load: node:http costs the load generator far less CPU per request than
// fetch, and the generator shares the machine's two cores with the API and PostgreSQL. Idle sockets are
// closed after 4 s, before the server's 5 s keep-alive timeout, so that a request is never sent on a
// socket the server is closing at that moment (a "socket hang up" that is the client's doing).
const agent = new http.Agent({ keepAlive: true, maxSockets: 1024, timeout: 4_000 });

/** Sends one request with the session and reads the answer through; only its status matters here. */
export function send(baseUrl: string, session: Session, method: string, apiPath: string, body?: unknown, timeoutMs = 10_000): Promise<number> {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const request = http.request(
      baseUrl + apiPath,
      {
        method,
        agent,
        timeout: timeoutMs,
        headers: {
          cookie: session.cookie,
          ...(method === 'GET' ? {} : { 'x-csrf-token': session.csrf }),
          ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', (error) => reject(Object.assign(new Error(error.message), { cause: error })));
    request.end(payload);
  });
}

const HEALTH: Operation = { route: 'GET /api/health', kind: 'read', scope: 'public', send: async (own, base) => ({ status: await send(base, own, 'GET', '/api/health') }) };

const read = (route: string, scope: Operation['scope'], path: (sequence: number) => string): Operation => ({
  route,
  kind: 'read',
  scope,
  send: async (own, base, sequence) => ({ status: await send(base, own, 'GET', path(sequence)) }),
});

/** A write that leaves a key of its own (a title or a reason), found again afterwards. */
const write = (route: string, apiPath: string, body: (key: string, sequence: number) => unknown): Operation => ({
  route,
  kind: 'write',
  scope: 'scoped',
  send: async (own, base, sequence) => {
    const key = writeKey(sequence);
    return { status: await send(base, own, 'POST', apiPath, body(key, sequence)), key };
  },
});

/** The key a write of the load leaves behind, so that an acknowledged write can be looked for afterwards. */
export const writeKey = (sequence: number) => `tai-${process.pid}-${sequence}`;

const SEARCHES = ['thanh', 'an', 'phu', 'tan', 'hoa', 'binh', 'xuan', 'son', 'long', 'dong'];
const pick = <T>(list: readonly T[], sequence: number) => list[sequence % list.length]!;

/**
 * The administrator's read/write mix (the whole country, one session shared by every client): units,
 * reporting periods, rankings, follow-ups. Writes create reporting periods and follow-up items.
 */
export async function standardMix(baseUrl: string, districts: readonly MixDistrict[], clients: number): Promise<{ clients: ClientPlan[]; writeShare: number }> {
  const session = await login(baseUrl, SCRIPT_ADMIN.email, SCRIPT_ADMIN.password);
  const communes = districts.flatMap((district) => district.communes);
  const operations = [
    HEALTH,
    read('GET /api/v1/units', 'scoped', (sequence) => `/api/v1/units?parentId=${pick(districts, sequence).id}&asOf=2024-12-31`),
    read('GET /api/v1/units/search', 'national', (sequence) => `/api/v1/units/search?q=${pick(SEARCHES, sequence)}`),
    read('GET /api/v1/results/ranking', 'national', (sequence) => `/api/v1/results/ranking?framework=PAPI&level=province&year=${2011 + (sequence % 14)}`),
    read('GET /api/v1/reporting-periods', 'scoped', (sequence) => `/api/v1/reporting-periods?unitId=${pick(districts, sequence).id}`),
    read('GET /api/v1/follow-ups', 'scoped', (sequence) => `/api/v1/follow-ups?unitId=${pick(communes, sequence)}`),
    write('POST /api/v1/reporting-periods', '/api/v1/reporting-periods', (key, sequence) => periodBody(pick(districts, sequence).id, key)),
    write('POST /api/v1/follow-ups', '/api/v1/follow-ups', (key, sequence) => followUpBody(pick(communes, sequence), key)),
  ];
  return { clients: Array.from({ length: clients }, () => ({ session, operations })), writeShare: 0.2 };
}

/**
 * The district offices' mix: one district officer per client (created through the users API, each
 * signed in with a session of their own), each on their own district: its communes, its reporting
 * periods, follow-ups of its communes, the national PAPI ranking and the unit search. Every tenant
 * read and write goes through the row-level policies of that officer's subtree.
 */
export async function officerMix(baseUrl: string, districts: readonly MixDistrict[], clients: number): Promise<{ clients: ClientPlan[]; writeShare: number }> {
  const admin = await login(baseUrl, SCRIPT_ADMIN.email, SCRIPT_ADMIN.password);
  const password = 'mat-khau-can-bo-tai-thu';
  const plans: ClientPlan[] = [];
  for (let index = 0; index < clients; index++) {
    const district = districts[index % districts.length]!;
    const email = `can-bo-${index}-${process.pid}@tai.govindex.test`;
    const created = await call(baseUrl, admin, 'POST', '/api/v1/users', { email, displayName: `Cán bộ tải ${index}`, role: 'district_officer', unitId: district.id, password });
    if (created.status !== 201) throw new Error(`creating ${email} answered ${created.status}: ${JSON.stringify(created.body)}`);
    const session = await login(baseUrl, email, password);
    const { id, communes } = district;
    plans.push({
      session,
      operations: [
        HEALTH,
        read('GET /api/v1/units', 'scoped', () => `/api/v1/units?parentId=${id}&asOf=2024-12-31`),
        read('GET /api/v1/units/search', 'national', (sequence) => `/api/v1/units/search?q=${pick(SEARCHES, sequence)}`),
        read('GET /api/v1/results/ranking', 'national', (sequence) => `/api/v1/results/ranking?framework=PAPI&level=province&year=${2011 + (sequence % 14)}`),
        read('GET /api/v1/reporting-periods', 'scoped', () => `/api/v1/reporting-periods?unitId=${id}`),
        read('GET /api/v1/follow-ups', 'scoped', (sequence) => `/api/v1/follow-ups?unitId=${pick(communes, sequence)}`),
        write('POST /api/v1/reporting-periods', '/api/v1/reporting-periods', (key) => periodBody(id, key)),
        write('POST /api/v1/follow-ups', '/api/v1/follow-ups', (key, sequence) => followUpBody(pick(communes, sequence), key)),
      ],
    });
  }
  return { clients: plans, writeShare: 0.2 };
}

const periodBody = (unitId: number, key: string) => ({ unitId, year: 2090, kind: 'other', title: key, dueOn: '2090-12-31', dataFrom: null, dataTo: null });
const followUpBody = (unitId: number, key: string) => ({
  unitId,
  framework: 'PAPI',
  year: 2090,
  indicatorCode: 'D1',
  reasonKind: 'weak_indicator',
  reason: key,
  actionRequested: 'Kiểm thử tải',
  dueOn: '2090-06-30',
});

/**
 * Runs every client's loop until `stop()` says so, each sending the next operation of its mix (a write
 * with probability `writeShare`). Without `intervalMs` a client sends as soon as its previous request
 * answered (a closed loop: the figures are those of a saturated server). With it, a client sends one
 * request every `intervalMs` on a fixed schedule, like a user who does not wait for the server to get
 * faster; a request sent late because the previous one was slow counts its time from when it was due,
 * so that queueing is not hidden (no coordinated omission). Every request is kept.
 */
export async function runLoad(options: {
  baseUrl: string;
  clients: readonly ClientPlan[];
  writeShare: number;
  stop: () => boolean;
  random: () => number;
  intervalMs?: number;
  /** Pause after a failed request (no answer), so a refused connection does not spin. */
  pauseOnErrorMs?: number;
}): Promise<Sample[]> {
  const samples: Sample[] = [];
  const started = performance.now();
  const interval = options.intervalMs ?? 0;
  let sequence = 0;
  await Promise.all(
    options.clients.map(async (client) => {
      const reads = client.operations.filter((operation) => operation.kind === 'read');
      const writes = client.operations.filter((operation) => operation.kind === 'write');
      // Clients start spread over one interval, so that they do not all send at the same instant.
      let due = performance.now() + options.random() * interval;
      while (!options.stop()) {
        if (interval > 0) {
          const wait = due - performance.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
          if (options.stop()) break;
        }
        const isWrite = writes.length > 0 && options.random() < options.writeShare;
        const list = isWrite ? writes : reads;
        const operation = list[Math.floor(options.random() * list.length)]!;
        const mine = sequence++;
        const sent = performance.now();
        const begun = interval > 0 ? Math.min(due, sent) : sent;
        due += interval;
        const base = { at: begun - started, route: operation.route, kind: operation.kind, scope: operation.scope };
        try {
          const { status, key } = await operation.send(client.session, options.baseUrl, mine);
          samples.push({ ...base, status, ms: performance.now() - begun, ...(key ? { key } : {}) });
        } catch (error) {
          const key = operation.kind === 'write' ? writeKey(mine) : undefined;
          samples.push({ ...base, status: 0, ms: performance.now() - begun, error: String((error as Error).cause ?? error).slice(0, 120), ...(key ? { key } : {}) });
          await new Promise((resolve) => setTimeout(resolve, options.pauseOnErrorMs ?? 50));
        }
      }
    }),
  );
  return samples;
}

/** What one client sends: its session and its operations. */
export interface ClientPlan {
  session: Session;
  operations: readonly Operation[];
}

/** The p95 each kind of route must meet (docs/PERFORMANCE.md, targets). */
export const P95_TARGET_MS: Record<Operation['scope'], number> = { scoped: 50, public: 50, national: 300 };

/** p50/p95/p99 and counts of each route, its p95 target, and the statuses seen. */
export function summarise(samples: readonly Sample[]): Array<{ route: string; scope: Operation['scope']; targetP95: number; statuses: Record<string, number> } & Latency> {
  const routes = [...new Set(samples.map((sample) => sample.route))].sort();
  return routes.map((route) => {
    const mine = samples.filter((sample) => sample.route === route);
    const statuses: Record<string, number> = {};
    for (const sample of mine) {
      const status = sample.error ? 'no answer' : String(sample.status);
      statuses[status] = (statuses[status] ?? 0) + 1;
    }
    const scope = mine[0]!.scope;
    return { route, scope, targetP95: P95_TARGET_MS[scope], ...latency(mine.map((sample) => sample.ms)), statuses };
  });
}
