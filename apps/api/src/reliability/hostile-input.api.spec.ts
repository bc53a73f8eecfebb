import type { ApiErrorBody, ReportDetail } from '@govindex/contracts';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPlan, planInput } from '../testing/plan-fixtures.js';
import { buildHostileCorpus, PAYLOADS, type HostileCase, type HostileRequest, type Target } from '../testing/hostile-corpus.js';
import { DEMO, startTestApp, type Client, type TestApp } from '../testing/test-app.js';
import { fingerprintDifference, tenantFingerprint, type Fingerprint } from './fingerprint.js';

/** Generous bounds only (speed is recorded, not asserted): every input answered within these. */
const BOUNDS = { milliseconds: 60_000, memoryGrowthMb: 1_500 } as const;
/** A refusal is a client error with a message in Vietnamese that says what is wrong. */
const REFUSAL_STATUSES = [400, 401, 403, 404, 409, 413, 415, 422, 429];
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

interface Reply {
  status: number;
  body: unknown;
  /** For a streamed upload: bytes of the file sent when the answer came. */
  sentBytes?: number;
}

interface Figure {
  id: string;
  target: Target;
  category: string;
  status: number;
  outcome: 'rejected' | 'accepted';
  milliseconds: number;
  rssGrowthMb: number;
  sentBytes?: number;
  /** The refusal's message, shortened. */
  message?: string;
}

/**
 * Every hostile input of the corpus (apps/api/src/testing/hostile-corpus.ts), sent as a client would:
 * each is refused with a clear message, or accepted correctly (HTML kept as text), within bounded time
 * and memory, and a refused one leaves every tenant table exactly as it was. On a PostgreSQL server the
 * corpus runs on a database of its own, so that other test files writing at the same time do not move
 * the fingerprint; on the embedded database test files take turns.
 */
describe('hostile input: every import path refuses clearly and changes nothing', () => {
  let api: TestApp;
  let dataSource: DataSource;
  let dropPrivateDatabase: (() => Promise<void>) | null = null;
  let clients: { province: Client; district: Client; anonymous: Client };
  let corpus: HostileCase[];
  let fingerprint: Fingerprint;
  const figures: Figure[] = [];

  beforeAll(async () => {
    const shared = inject('databaseUrl');
    let databaseUrl = shared;
    if (inject('databaseKind') === 'server') {
      const adminUrl = new URL(shared);
      adminUrl.pathname = '/postgres';
      const name = `govindex_hostile_${Date.now()}_${process.pid}`;
      const admin = new pg.Client({ connectionString: adminUrl.toString() });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const own = new URL(shared);
      own.pathname = `/${name}`;
      databaseUrl = own.toString();
      dropPrivateDatabase = async () => {
        const cleanup = new pg.Client({ connectionString: adminUrl.toString() });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await cleanup.end();
      };
    }
    api = await startTestApp({ DATABASE_URL: databaseUrl });
    dataSource = api.app.get(DataSource);
    clients = { province: await api.loginAs(DEMO.province), district: await api.loginAs(DEMO.district), anonymous: api.anonymous };

    const one = async <T>(sql: string, parameters: unknown[] = []): Promise<T> => {
      const [row] = await dataSource.query<T[]>(sql, parameters);
      if (!row) throw new Error(`no row for ${sql}`);
      return row;
    };
    const district = clients.district.session!.user.unitId!;
    const commune = await one<{ id: number }>(`SELECT id FROM unit WHERE parent_id = $1 AND name = 'Như Quỳnh'`, [district]);
    const foreign = await one<{ id: number; code: string }>(`SELECT id, code FROM unit WHERE level = 'commune' AND name = 'Phúc Xá' ORDER BY valid_until NULLS LAST LIMIT 1`);
    const fresh = await dataSource.query<Array<{ code: string }>>(
      `SELECT c.code FROM unit c JOIN unit d ON d.id = c.parent_id WHERE d.level = 'district' AND d.code = '333' ORDER BY c.code`,
    );
    // A draft report of Như Quỳnh for 2090 (a year no other test uses, never due), for the report and evidence cases.
    await createPlan(clients.district, planInput(commune.id, 2090));
    const period = await clients.district.post<{ id: number }>('/api/v1/reporting-periods', {
      unitId: district, year: 2090, kind: 'other', title: 'Kỳ kiểm thử đầu vào', dueOn: '2090-12-31', dataFrom: null, dataTo: null,
    });
    const report = await clients.district.post<ReportDetail>('/api/v1/reports', { periodId: period.body.id, unitId: commune.id });
    if (report.status !== 201) throw new Error(`report answered ${report.status}: ${JSON.stringify(report.body)}`);
    const other = await one<{ id: number }>(`SELECT t.id FROM plan_task t WHERE t.plan_id <> $1 ORDER BY t.id LIMIT 1`, [report.body.planId]);

    corpus = await buildHostileCorpus({
      reportId: report.body.id,
      reportTaskIds: report.body.items.map((item) => item.taskId),
      otherTaskId: other.id,
      communeId: commune.id,
      districtId: district,
      foreignCommuneId: foreign.id,
      freshCommuneCodes: fresh.map((row) => row.code),
      foreignCommuneCode: foreign.code,
    });
    fingerprint = await tenantFingerprint((sql) => dataSource.query(sql));
  });

  afterAll(async () => {
    if (figures.length > 0) {
      const kind = inject('databaseKind');
      const folder = new URL('../../../../tmp/reliability/', import.meta.url);
      await mkdir(folder, { recursive: true });
      await writeFile(new URL(`hostile-corpus.${kind}.json`, folder), JSON.stringify({ at: new Date().toISOString(), kind, node: process.version, figures }, null, 2));
      const byTarget = new Map<string, Figure[]>();
      for (const figure of figures) byTarget.set(figure.target, [...(byTarget.get(figure.target) ?? []), figure]);
      const lines = [...byTarget].map(([target, list]) => {
        const slowest = list.reduce((worst, figure) => (figure.milliseconds > worst.milliseconds ? figure : worst));
        const hungriest = list.reduce((worst, figure) => (figure.rssGrowthMb > worst.rssGrowthMb ? figure : worst));
        return `  ${target.padEnd(15)} ${String(list.length).padStart(3)} inputs, ${String(list.filter((f) => f.outcome === 'rejected').length).padStart(3)} refused; slowest ${Math.round(slowest.milliseconds)} ms (${slowest.id}); most memory +${hungriest.rssGrowthMb} MB (${hungriest.id})`;
      });
      console.log(`hostile corpus on the ${kind} database: ${figures.length} inputs\n${lines.join('\n')}`);
    }
    await api?.close();
    await dropPrivateDatabase?.();
  });

  it('holds at least 200 inputs across every import path', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    const targets = new Set(corpus.map((entry) => entry.target));
    expect([...targets].sort()).toEqual(['evidence', 'follow-up-json', 'login-json', 'period-json', 'plan-document', 'plan-json', 'report-json', 'results', 'task-sheet']);
    expect(new Set(corpus.map((entry) => entry.id)).size).toBe(corpus.length);
  });

  const TARGETS: Target[] = ['results', 'plan-document', 'task-sheet', 'evidence', 'plan-json', 'report-json', 'follow-up-json', 'period-json', 'login-json'];
  for (const target of TARGETS) {
    it(`${target}: each input refused clearly (database unchanged) or accepted correctly, in bounded time and memory`, async () => {
      const problems: string[] = [];
      for (const entry of corpus.filter((candidate) => candidate.target === target)) {
        const rssBefore = process.memoryUsage.rss();
        let rssPeak = rssBefore;
        const sampler = setInterval(() => {
          rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
        }, 10);
        const started = performance.now();
        let reply: Reply;
        try {
          reply = await send(entry.request, clientFor(entry));
        } catch (error) {
          clearInterval(sampler);
          problems.push(`${entry.id}: the request failed: ${String(error)}`);
          continue;
        }
        const milliseconds = performance.now() - started;
        clearInterval(sampler);
        rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
        const rssGrowthMb = Math.round((rssPeak - rssBefore) / 1_048_576);
        const rejected = reply.status >= 400 || (target === 'task-sheet' && reply.status < 300 && listsProblemsOnly(reply.body));
        figures.push({
          id: entry.id,
          target,
          category: entry.category,
          status: reply.status,
          outcome: rejected ? 'rejected' : 'accepted',
          milliseconds: Math.round(milliseconds),
          rssGrowthMb,
          ...(reply.sentBytes !== undefined ? { sentBytes: reply.sentBytes } : {}),
          ...(rejected ? { message: (refusalMessage(reply.body) ?? '').slice(0, 200) } : {}),
        });
        const label = `${entry.id} (${entry.description}) → ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`;
        if (milliseconds > BOUNDS.milliseconds) problems.push(`${label}: took ${Math.round(milliseconds)} ms`);
        if (rssGrowthMb > BOUNDS.memoryGrowthMb) problems.push(`${label}: memory grew ${rssGrowthMb} MB`);
        if (reply.status >= 500) problems.push(`${label}: a server error`);
        if (entry.expect === 'reject' && !rejected) problems.push(`${label}: accepted, should be refused`);
        if (entry.expect === 'accept' && rejected) problems.push(`${label}: refused, should be accepted`);
        if (rejected && reply.status < 500) {
          const message = refusalMessage(reply.body);
          if (reply.status >= 400 && !REFUSAL_STATUSES.includes(reply.status)) problems.push(`${label}: unexpected status`);
          if (!message || !VIETNAMESE.test(message)) problems.push(`${label}: no clear Vietnamese message (${JSON.stringify(message)})`);
        }
        if (!rejected && entry.verify) {
          const wrong = entry.verify(reply.body);
          if (wrong) problems.push(`${label}: ${wrong}`);
        }
        if (reply.sentBytes !== undefined && (entry.request as { declareLength?: boolean }).declareLength && reply.sentBytes > 1_048_576) {
          problems.push(`${label}: answered only after ${reply.sentBytes} bytes of a body declared too large`);
        }
        const after = await tenantFingerprint((sql) => dataSource.query(sql));
        if (rejected && after.hash !== fingerprint.hash) {
          problems.push(`${label}: refused, yet changed ${fingerprintDifference(fingerprint, after).join(', ')}`);
        }
        fingerprint = after;
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }

  it('keeps every uploaded file name as a name: no folder, no control character', async () => {
    const names = await dataSource.query<Array<{ file_name: string }>>('SELECT file_name FROM result_source UNION ALL SELECT file_name FROM report_evidence');
    // eslint-disable-next-line no-control-regex
    const bad = names.map((row) => row.file_name).filter((name) => /[/\\\u0000-\u001f\u007f\u202e]/.test(name) || name.length > 255);
    expect(bad).toEqual([]);
  });

  it('serves stored HTML evidence as a download only, never as a page', async () => {
    const report = await clients.district.get<ReportDetail>(`/api/v1/reports/${corpus.find((entry) => entry.id === 'evidence/html-file')!.request.path.split('/')[4]}`);
    const html = report.body.items.flatMap((item) => item.evidence).find((file) => file.name === 'trang.html');
    expect(html).toBeDefined();
    const download = await clients.district.download(`/api/v1/reports/${report.body.id}/evidence/${html!.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/octet-stream');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('exports "=…" typed by users as text, never as a formula: the follow-up list and the results template', async () => {
    const formulaCells = async (bytes: Buffer) => {
      const archive = await JSZip.loadAsync(bytes);
      const sheets = Object.keys(archive.files).filter((name) => /^xl\/worksheets\/.+\.xml$/.test(name));
      const withFormulas = [];
      for (const name of sheets) if (/<f[ >]/.test(await archive.file(name)!.async('string'))) withFormulas.push(name);
      return { sheets: sheets.length, withFormulas };
    };
    const followUps = await clients.district.download('/api/v1/follow-ups/export');
    expect(followUps.status).toBe(200);
    expect(await formulaCells(followUps.bytes)).toEqual({ sheets: 1, withFormulas: [] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(followUps.bytes as unknown as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell))));
    const typed = cells.filter((cell) => String(cell.value) === PAYLOADS.formula);
    expect(typed.length).toBeGreaterThan(0);
    for (const cell of typed) expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cells.filter((cell) => cell.formula)).toEqual([]);

    const template = await clients.province.download('/api/v1/results/template?framework=PAR_INDEX&level=commune&year=2024&format=xlsx');
    expect(template.status).toBe(200);
    expect((await formulaCells(template.bytes)).withFormulas).toEqual([]);
    const csv = await clients.province.download('/api/v1/results/template?framework=PAR_INDEX&level=commune&year=2024&format=csv');
    const startsLikeFormula = csv.bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .flatMap((line) => line.split(','))
      .filter((cell) => /^"?[=+\-@\t\r]/.test(cell));
    expect(startsLikeFormula).toEqual([]);
  });

  it('leaves Object.prototype alone after "__proto__" bodies', () => {
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it(`throttles an address after 30 failed logins, whatever the e-mail (429 with Retry-After)`, async () => {
    const address = '203.0.113.77';
    const login = (email: string, password: string) =>
      clients.anonymous.request<ApiErrorBody>('POST', '/api/v1/auth/login', { email, password }, { 'x-forwarded-for': address });
    for (let attempt = 0; attempt < 30; attempt++) expect((await login(`doan.${attempt}@example.vn`, 'sai')).status).toBe(401);
    const blocked = await login(DEMO.viewer, 'govindex-demo');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(blocked.body.message).toMatch(/quá nhiều lần/);
    // Another address is not held back by this one.
    expect((await clients.anonymous.request('POST', '/api/v1/auth/login', { email: DEMO.viewer, password: 'govindex-demo' }, { 'x-forwarded-for': '203.0.113.78' })).status).toBe(200);
    await dataSource.query('DELETE FROM login_attempt WHERE ip = $1', [address]);
  });

  function clientFor(entry: HostileCase): Client {
    if (entry.request.kind === 'body' && entry.request.anonymous) return clients.anonymous;
    return entry.target === 'results' ? clients.province : clients.district;
  }

  async function send(request: HostileRequest, client: Client): Promise<Reply> {
    const session: Record<string, string> = client.session ? { cookie: client.cookie ?? '', 'x-csrf-token': client.session.csrfToken } : {};
    if (request.kind === 'upload') {
      const form = new FormData();
      for (const [name, value] of Object.entries(request.fields)) form.append(name, value);
      for (const file of request.files) form.append(file.field, new Blob([file.bytes], file.type ? { type: file.type } : {}), file.name);
      const response = await fetch(api.baseUrl + request.path, { method: 'POST', headers: session, body: form });
      return { status: response.status, body: await readBody(response) };
    }
    if (request.kind === 'body') {
      const response = await fetch(api.baseUrl + request.path, { method: request.method, headers: { ...session, ...request.headers }, body: request.body });
      return { status: response.status, body: await readBody(response) };
    }
    return streamUpload(request, session);
  }

  /**
   * Streams a multipart file of `totalBytes` in 64 kB chunks and notes how much was sent when the answer
   * came. With a declared length it sends 64 kB and waits: an answer then shows the server refused the
   * upload without reading it.
   */
  function streamUpload(request: Extract<HostileRequest, { kind: 'stream' }>, session: Record<string, string>): Promise<Reply> {
    const boundary = `----govindex${Date.now()}`;
    const head = Buffer.from(
      Object.entries(request.fields)
        .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
        .join('') + `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${request.fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const url = new URL(api.baseUrl + request.path);
    return new Promise<Reply>((resolve, reject) => {
      let sent = 0;
      let answered = false;
      const outgoing = http.request({
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: 'POST',
        headers: {
          ...session,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          ...(request.declareLength ? { 'content-length': head.length + request.totalBytes + tail.length } : { 'transfer-encoding': 'chunked' }),
        },
      });
      outgoing.on('response', (response) => {
        answered = true;
        const sentAtAnswer = sent;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON: kept as text for the failure message
          }
          resolve({ status: response.statusCode ?? 0, body, sentBytes: sentAtAnswer });
          outgoing.destroy();
        });
      });
      // Once answered, the server may close the connection while the rest is still being sent.
      outgoing.on('error', (error) => {
        if (!answered) reject(error);
      });
      const chunk = Buffer.alloc(64 * 1024, 0x41);
      let paused = request.declareLength;
      const pump = () => {
        if (paused) {
          // A declared length: send the first 64 kB only, then wait for the answer (2 s at most) before going on.
          paused = false;
          sent += chunk.length;
          outgoing.write(chunk);
          setTimeout(pump, 2_000);
          return;
        }
        while (!answered && sent < request.totalBytes) {
          const size = Math.min(chunk.length, request.totalBytes - sent);
          sent += size;
          if (!outgoing.write(chunk.subarray(0, size))) {
            outgoing.once('drain', pump);
            return;
          }
        }
        if (!answered) outgoing.end(tail);
      };
      outgoing.write(head);
      pump();
    });
  }
});

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A task sheet answered with its problems and no task: the route's way of refusing a file. */
function listsProblemsOnly(body: unknown): boolean {
  const answer = body as { tasks?: unknown[]; issues?: unknown[] } | null;
  return !!answer && Array.isArray(answer.tasks) && answer.tasks.length === 0 && (answer.issues?.length ?? 0) > 0;
}

/** The message a refusal gives: the API's `message`, or a task sheet's first problem. */
function refusalMessage(body: unknown): string | null {
  const answer = body as { message?: unknown; issues?: Array<{ message?: unknown }> } | null;
  if (typeof answer?.message === 'string') return answer.message;
  const first = answer?.issues?.[0]?.message;
  return typeof first === 'string' ? first : null;
}
