import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../app-config.js';

describe('loadConfig', () => {
  it('defaults to the embedded database in .data/pglite and port 3000 on loopback', () => {
    const config = loadConfig({}, '/repo');
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      database: { kind: 'embedded', dataDir: path.resolve('/repo/.data/pglite') },
      logFormat: 'json',
      logLevel: 'log',
      loadReferenceData: true,
    });
  });

  it('uses a PostgreSQL server when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app:secret@db:5432/govindex', DB_POOL_SIZE: '20', PORT: '8080' });
    expect(config.database).toEqual({ kind: 'server', url: 'postgres://app:secret@db:5432/govindex', poolSize: 20 });
    expect(config.port).toBe(8080);
  });

  it('reads an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }, '/repo')).toMatchObject({ port: 3000, database: { kind: 'embedded' } });
  });

  it('gives the embedded database one connection whatever DB_POOL_SIZE says', () => {
    expect(loadConfig({ DB_POOL_SIZE: '50' }).database.poolSize).toBe(1);
  });

  it('lists every invalid variable with its value and the rule it breaks', () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', LOAD_REFERENCE_DATA: 'maybe' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const problems = (caught as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT="abc": PORT must be a whole number/),
        expect.stringMatching(/^DATABASE_URL="mysql:\/\/x": DATABASE_URL must look like postgres:\/\//),
        expect.stringMatching(/^LOG_LEVEL="loud": LOG_LEVEL must be one of error, warn, log, debug, verbose/),
        expect.stringMatching(/^LOAD_REFERENCE_DATA="maybe": LOAD_REFERENCE_DATA must be true or false/),
      ]),
    );
  });
});
