import type { NestExpressApplication } from '@nestjs/platform-express';
import { inject } from 'vitest';
import { createApp } from '../app.factory.js';
import { loadConfig } from '../config/app-config.js';
import './provided-context.js';

export interface TestApp {
  app: NestExpressApplication;
  baseUrl: string;
  /** GET a path under the app and parse the JSON body. */
  get<T = unknown>(path: string): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

/** Boots the real application, as main.ts does, on the suite's database and a free loopback port. */
export async function startTestApp(env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const config = loadConfig({
    DATABASE_URL: inject('databaseUrl'),
    LOG_LEVEL: 'error',
    WEB_DIST_DIR: 'does-not-exist',
    ...env,
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    app,
    baseUrl,
    async get<T>(path: string) {
      const response = await fetch(baseUrl + path);
      return { status: response.status, body: (await response.json()) as T };
    },
    close: () => app.close(),
  };
}
