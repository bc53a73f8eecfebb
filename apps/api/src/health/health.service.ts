import type { HealthResponse } from '@govindex/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(): Promise<HealthResponse> {
    const started = performance.now();
    try {
      const [{ applied }] = await this.dataSource.query<[{ applied: number }]>(
        'SELECT count(*)::int AS applied FROM schema_migration',
      );
      const pendingMigrations = Math.max(0, this.dataSource.migrations.length - applied);
      return {
        status: pendingMigrations === 0 ? 'ok' : 'error',
        version: this.config.version,
        database: {
          status: 'up',
          kind: this.config.database.kind,
          latencyMs: Math.round((performance.now() - started) * 10) / 10,
          pendingMigrations,
        },
      };
    } catch {
      return {
        status: 'error',
        version: this.config.version,
        database: { status: 'down', kind: this.config.database.kind, latencyMs: null, pendingMigrations: 0 },
      };
    }
  }
}
