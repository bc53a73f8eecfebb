import { createHash } from 'node:crypto';

/** Runs one SQL statement and gives its rows: a pg client's, a TypeORM DataSource's or a PGlite's query. */
export type QueryRows = (sql: string) => Promise<Array<Record<string, unknown>>>;

/** Tenant tables hashed row by row (every column, in a stable order); `bytes` of evidence by its length. */
const HASHED_TABLES = [
  'result_source',
  'plan',
  'plan_task',
  'reporting_period',
  'report',
  'report_item',
  'report_event',
  'report_evidence',
  'follow_up_item',
  'notification',
  'email_outbox',
  'framework_version',
  'indicator',
] as const;

export interface Fingerprint {
  /** One hash over every part. */
  hash: string;
  /** Each table's part (a hash, or counts and sums), to tell which one changed. */
  parts: Record<string, string>;
}

/**
 * A fingerprint of everything a tenant owns: equal fingerprints mean the tables hold the same rows. Row
 * contents are hashed for the tenant tables, result values (up to millions of rows) by their count and
 * sums, users without their last login, and the audit log by its count and last id.
 */
export async function tenantFingerprint(query: QueryRows): Promise<Fingerprint> {
  const selects = [
    ...HASHED_TABLES.map(
      (table) =>
        `(SELECT md5(coalesce(string_agg(r, '|' ORDER BY r), '')) FROM (SELECT (to_jsonb(t) - 'bytes' || jsonb_build_object('size', ${
          table === 'report_evidence' ? 'octet_length(t.bytes)' : 'NULL'
        }))::text AS r FROM ${table} t) x) AS ${table}`,
    ),
    `(SELECT concat_ws(',', count(*), sum(value), sum(unit_id::bigint), sum(indicator_id::bigint), sum(source_id::bigint), sum(year::bigint), count(published_rank), count(grade))
      FROM result_value) AS result_value`,
    `(SELECT md5(coalesce(string_agg(r, '|' ORDER BY r), '')) FROM (SELECT (to_jsonb(u) - 'last_login_at')::text AS r FROM app_user u) x) AS app_user`,
    `(SELECT concat_ws(',', count(*), max(id)) FROM audit_log) AS audit_log`,
  ];
  const [row] = await query(`SELECT ${selects.join(',\n')}`);
  const parts = Object.fromEntries(Object.entries(row ?? {}).map(([key, value]) => [key, String(value)]));
  return { hash: createHash('sha256').update(JSON.stringify(parts)).digest('hex'), parts };
}

/** The parts that differ between two fingerprints, for a failure message. */
export function fingerprintDifference(before: Fingerprint, after: Fingerprint): string[] {
  return Object.keys({ ...before.parts, ...after.parts }).filter((key) => before.parts[key] !== after.parts[key]);
}
