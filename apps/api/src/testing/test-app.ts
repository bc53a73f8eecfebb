import type { SessionInfo } from '@govindex/contracts';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { inject } from 'vitest';
import { createApp } from '../app.factory.js';
import { loadConfig } from '../config/app-config.js';
import { DEMO_PASSWORD } from '../startup/demo-accounts.js';
import './provided-context.js';

export interface Reply<T> {
  status: number;
  headers: Headers;
  body: T;
}

/** An HTTP client of the app that keeps its session cookie and sends the CSRF token on writes. */
export interface Client {
  session: SessionInfo | null;
  cookie: string | null;
  request<T = unknown>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply<T>>;
  get<T = unknown>(path: string): Promise<Reply<T>>;
  post<T = unknown>(path: string, body?: unknown): Promise<Reply<T>>;
  patch<T = unknown>(path: string, body?: unknown): Promise<Reply<T>>;
  /** POSTs a multipart form with one file, as the dashboard's upload does. */
  upload<T = unknown>(path: string, fields: Record<string, string>, file: { name: string; bytes: Uint8Array }): Promise<Reply<T>>;
  /** GETs a file. */
  download(path: string): Promise<{ status: number; headers: Headers; bytes: Buffer }>;
}

export interface TestApp {
  app: NestExpressApplication;
  baseUrl: string;
  /** A caller with no session. */
  anonymous: Client;
  /** Logs in (a demo account by default) and returns its client. */
  loginAs(email: string, password?: string): Promise<Client>;
  close(): Promise<void>;
}

/** Boots the real application, as main.ts does, on the suite's database and a free loopback port. */
export async function startTestApp(env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const config = loadConfig({
    DATABASE_URL: inject('databaseUrl'),
    LOG_LEVEL: 'error',
    WEB_DIST_DIR: 'does-not-exist',
    DEMO_DATA: 'true',
    // Scheduled jobs run only where a test drives them (scheduler.api.spec.ts), not behind other tests.
    SCHEDULER_ENABLED: 'false',
    ...env,
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const client = (): Client => {
    const self: Client = {
      session: null,
      cookie: null,
      async request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
        const response = await fetch(baseUrl + path, {
          method,
          headers: {
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(self.cookie ? { cookie: self.cookie } : {}),
            ...(self.session && method !== 'GET' ? { 'x-csrf-token': self.session.csrfToken } : {}),
            ...headers,
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await response.text();
        const isJson = (response.headers.get('content-type') ?? '').includes('json');
        return { status: response.status, headers: response.headers, body: (isJson && text ? JSON.parse(text) : text || null) as T };
      },
      async upload<T>(path: string, fields: Record<string, string>, file: { name: string; bytes: Uint8Array }) {
        const form = new FormData();
        for (const [name, value] of Object.entries(fields)) form.append(name, value);
        form.append('file', new Blob([file.bytes]), file.name);
        const response = await fetch(baseUrl + path, {
          method: 'POST',
          headers: { ...(self.cookie ? { cookie: self.cookie } : {}), ...(self.session ? { 'x-csrf-token': self.session.csrfToken } : {}) },
          body: form,
        });
        const text = await response.text();
        return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : null) as T };
      },
      async download(path: string) {
        const response = await fetch(baseUrl + path, { headers: self.cookie ? { cookie: self.cookie } : {} });
        return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
      },
      get: (path) => self.request('GET', path),
      post: (path, body) => self.request('POST', path, body),
      patch: (path, body) => self.request('PATCH', path, body),
    };
    return self;
  };

  return {
    app,
    baseUrl,
    anonymous: client(),
    async loginAs(email, password = DEMO_PASSWORD) {
      const session = client();
      const reply = await session.post<SessionInfo>('/api/v1/auth/login', { email, password });
      if (reply.status !== 200) throw new Error(`login of ${email} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
      session.cookie = (reply.headers.get('set-cookie') ?? '').split(';')[0] ?? null;
      session.session = reply.body;
      return session;
    },
    close: () => app.close(),
  };
}

/** The documented demo accounts, by role. */
export const DEMO = {
  admin: 'quantri@demo.govindex.vn',
  province: 'sonoivu.hungyen@demo.govindex.vn',
  district: 'phongnoivu.vanlam@demo.govindex.vn',
  commune: 'vanphong.nhuquynh@demo.govindex.vn',
  viewer: 'chutich.nhuquynh@demo.govindex.vn',
} as const;
