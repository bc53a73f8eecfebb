export type DatabaseKind = 'embedded' | 'server';

export interface HealthResponse {
  status: 'ok' | 'error';
  version: string;
  database: {
    status: 'up' | 'down';
    kind: DatabaseKind;
    latencyMs: number | null;
    /** Migrations not yet applied; non-zero means the schema is behind the code. */
    pendingMigrations: number;
  };
}
