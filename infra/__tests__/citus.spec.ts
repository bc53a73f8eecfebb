import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/**
 * The Citus variant (infra/citus/) is not run where these tests run (no Docker engine): it is checked
 * statically. The compose file parses and wires a coordinator, two workers and the app; distribute.sql
 * places every table the migrations create, and distributes by province only tables that have it.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  entrypoint?: string[];
  volumes?: string[];
  ports?: string[];
}

/** Every table the migrations create, with the body of its CREATE TABLE. */
function migrationTables(): Map<string, string> {
  const folder = 'apps/api/src/database/migrations';
  const tables = new Map<string, string>();
  for (const file of readdirSync(path.join(root, folder)).filter((name) => /^\d+-.+\.ts$/.test(name))) {
    for (const match of read(`${folder}/${file}`).matchAll(/CREATE TABLE (\w+) \(([\s\S]*?)\n\s*\)`/g)) tables.set(match[1]!, match[2]!);
  }
  return tables;
}

describe('infra/citus/docker-compose.citus.yml', () => {
  const text = read('infra/citus/docker-compose.citus.yml');
  // Compose resolves YAML merge keys (<<: *citus-node); the parser must too.
  const compose = parse(text, { merge: true }) as { services: Record<string, Service> };
  const { coordinator, worker1, worker2, app } = compose.services;
  const setup = compose.services['citus-setup'];

  it('says it is not run here', () => {
    expect(text).toContain('NOT RUN HERE');
  });

  it('runs a Citus coordinator and two workers, and registers the workers once all are healthy', () => {
    for (const node of [coordinator, worker1, worker2]) expect(node?.image).toMatch(/^citusdata\/citus:12\./);
    expect(Object.keys(setup?.depends_on ?? {}).sort()).toEqual(['coordinator', 'worker1', 'worker2']);
    const commands = (setup?.entrypoint ?? []).join('\n');
    expect(commands).toContain("citus_add_node('worker1', 5432)");
    expect(commands).toContain("citus_add_node('worker2', 5432)");
    for (const node of [coordinator, worker1, worker2]) expect(node?.ports).toBeUndefined();
  });

  it('builds the app from infra/Dockerfile and points it at the coordinator', () => {
    expect(app?.build).toEqual({ context: '../..', dockerfile: 'infra/Dockerfile' });
    expect(existsSync(path.join(root, 'infra/Dockerfile'))).toBe(true);
    expect(app?.depends_on).toEqual({ 'citus-setup': { condition: 'service_completed_successfully' } });
    const url = new URL((app?.environment?.['DATABASE_URL'] ?? '').replace(/\$\{[^}]+\}/g, 'secret'));
    expect(url.hostname).toBe('coordinator');
    expect(url.username).toBe(coordinator?.environment?.['POSTGRES_USER']);
    expect(url.pathname).toBe(`/${coordinator?.environment?.['POSTGRES_DB']}`);
  });

  it('mounts distribute.sql on the coordinator from next to the compose file', () => {
    const mount = (coordinator?.volumes ?? []).find((volume) => volume.includes('distribute.sql'));
    expect(mount?.split(':')[0]).toBe('./distribute.sql');
    expect(existsSync(path.join(root, 'infra/citus/distribute.sql'))).toBe(true);
  });
});

describe('infra/citus/distribute.sql', () => {
  const sql = read('infra/citus/distribute.sql');
  const statements = sql
    .split('\n')
    .filter((line) => !line.trim().startsWith('--') && !line.trim().startsWith('\\'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean);
  const placed = (fn: string) => new Set([...sql.matchAll(new RegExp(`${fn}\\('(\\w+)'`, 'g'))].map((match) => match[1]!));
  const reference = placed('create_reference_table');
  const distributed = placed('create_distributed_table');
  const local = placed('citus_add_local_table_to_metadata');
  const tables = migrationTables();

  it('is a list of complete statements with balanced parentheses', () => {
    expect(statements.length).toBeGreaterThan(30);
    for (const statement of statements) {
      expect(statement.split('(').length, statement).toBe(statement.split(')').length);
      expect(statement, statement).toMatch(/^(SELECT|ALTER|CREATE|DROP) /);
    }
  });

  it('places every table the migrations create, each once', () => {
    expect(tables.size).toBeGreaterThan(20);
    for (const table of tables.keys()) {
      const places = [reference, distributed, local].filter((set) => set.has(table)).length;
      expect(places, table).toBe(1);
    }
    for (const table of [...reference, ...distributed, ...local]) expect(tables.has(table), `${table} is not a table of the migrations`).toBe(true);
  });

  it('distributes the tenant tables by province_id, co-located, and only tables that carry it', () => {
    const byProvince = [...sql.matchAll(/create_distributed_table\('(\w+)', 'province_id'/g)].map((match) => match[1]!);
    for (const table of ['result_value', 'plan', 'plan_task', 'reporting_period', 'report', 'report_item', 'report_evidence', 'report_event', 'follow_up_item']) {
      expect(byProvince, table).toContain(table);
    }
    for (const table of byProvince) expect(tables.get(table), table).toMatch(/\bprovince_id integer NOT NULL\b/);
  });

  it('keeps the unit tree and the catalog as reference tables', () => {
    for (const table of ['unit', 'unit_lineage', 'framework', 'framework_version', 'indicator', 'grade_band']) expect(reference, table).toContain(table);
  });
});
