import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/**
 * No Docker engine runs where these tests run, so the production shape is checked statically: the
 * compose file wires what the app needs, and the Dockerfile copies files that exist and everything the
 * API imports at run time.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
}

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml')) as { services: Record<string, ComposeService> };
  const { db, app } = compose.services;

  it('runs PostgreSQL 16 with a health check and a volume', () => {
    expect(db?.image).toMatch(/^postgres:16/);
    expect(db?.healthcheck?.test.join(' ')).toContain('pg_isready');
  });

  it('builds the app from infra/Dockerfile and starts it only once the database is healthy', () => {
    expect(app?.build).toEqual({ context: '.', dockerfile: 'infra/Dockerfile' });
    expect(existsSync(path.join(root, 'infra/Dockerfile'))).toBe(true);
    expect(app?.depends_on).toEqual({ db: { condition: 'service_healthy' } });
    expect(app?.healthcheck?.test.join(' ')).toContain('/api/health');
    expect(app?.ports).toEqual(['${GOVINDEX_PORT:-3000}:3000']);
  });

  it('points DATABASE_URL at the db service with its user and database', () => {
    // Compose interpolates ${VAR:?message} from the environment; any password stands in for it here.
    const url = new URL((app?.environment?.['DATABASE_URL'] ?? '').replace(/\$\{[^}]+\}/g, 'secret'));
    expect(url.hostname).toBe('db');
    expect(url.username).toBe(db?.environment?.['POSTGRES_USER']);
    expect(url.pathname).toBe(`/${db?.environment?.['POSTGRES_DB']}`);
  });
});

describe('infra/Dockerfile', () => {
  const dockerfile = read('infra/Dockerfile');
  const copies = [...dockerfile.matchAll(/^COPY (?!--from)(.+)$/gm)].map((match) => match[1]!.trim().split(/\s+/));

  it('copies only files that exist in the repository', () => {
    const sources = copies.flatMap((parts) => parts.slice(0, -1));
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) expect(existsSync(path.join(root, source)), source).toBe(true);
  });

  it('copies the manifest of every workspace before npm ci, so the lockfile matches', () => {
    const workspaces = ['apps', 'libs'].flatMap((folder) =>
      readdirSync(path.join(root, folder))
        .filter((name) => existsSync(path.join(root, folder, name, 'package.json')))
        .map((name) => `${folder}/${name}/package.json`),
    );
    const copied = copies.map((parts) => parts[0]);
    for (const manifest of workspaces) expect(copied, manifest).toContain(manifest);
    expect(dockerfile.indexOf('RUN npm ci')).toBeLessThan(dockerfile.indexOf('COPY apps apps'));
  });

  it('ships the built output of every library the API imports, and the data it loads', () => {
    const api = JSON.parse(read('apps/api/package.json')) as { dependencies: Record<string, string> };
    for (const dependency of Object.keys(api.dependencies)) {
      const lib = dependency.replace('@govindex/', 'libs/');
      expect(dockerfile, lib).toContain(`COPY --from=build /app/${lib}/dist ${lib}/dist`);
    }
    expect(dockerfile).toContain('COPY data data');
    expect(dockerfile).toMatch(/CMD \["node", "apps\/api\/dist\/main\.js"\]/);
    expect(existsSync(path.join(root, 'apps/api/src/main.ts'))).toBe(true);
  });
});
