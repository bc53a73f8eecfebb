import react from '@vitejs/plugin-react';
import net from 'node:net';
import swc from 'unplugin-swc';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Workspace libraries are read from source in tests: their package.json exports name this condition.
 * Node-side tests resolve through Vite's SSR resolver, which has its own list.
 */
const sourceResolution = {
  resolve: { conditions: ['@govindex/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@govindex/source', ...defaultServerConditions] } },
};

/** NestJS needs decorator metadata, which only SWC (not Vite's transform) emits. */
const nestTransform = () =>
  swc.vite({
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2023',
    },
    module: { type: 'es6' },
  });

/** Whether the PostgreSQL server the api-server suite would use answers (else it falls back to PGlite). */
function serverReachable(): Promise<boolean> {
  const url = new URL(process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? 'postgres://127.0.0.1:5432');
  return new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: url.hostname, port: Number(url.port || 5432), timeout: 2000 });
    const done = (reachable: boolean) => {
      socket.destroy();
      resolve(reachable);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

const apiSuite = (database: 'server' | 'embedded', onPglite: boolean): TestProjectInlineConfiguration => ({
  plugins: [nestTransform()],
  ...sourceResolution,
  test: {
    name: `api-${database}`,
    root: 'apps/api',
    // *.embedded.spec.ts boot the app without DATABASE_URL, as `npm start` does: once is enough.
    // *.server.spec.ts need a PostgreSQL server (the benchmark COPYs and creates databases of its own).
    include:
      database === 'embedded'
        ? ['src/**/*.api.spec.ts', 'src/**/*.embedded.spec.ts']
        : ['src/**/*.api.spec.ts', ...(onPglite ? [] : ['src/**/*.server.spec.ts'])],
    globalSetup: [`src/testing/global-setup.${database}.ts`],
    setupFiles: ['src/testing/setup-file.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite's socket server mixes up concurrent connections: test files take turns on it.
    fileParallelism: !onPglite,
  },
});

export default defineConfig(async () => {
  const onServer = await serverReachable();
  return {
  test: {
    reporters: ['default', './tools/vitest/summary-reporter.ts'],
    projects: [
      { test: { name: 'infra', root: 'infra', include: ['**/*.spec.ts'] } },
      { ...sourceResolution, test: { name: 'domain', root: 'libs/domain', include: ['src/**/*.spec.ts'] } },
      { ...sourceResolution, test: { name: 'plan-reader', root: 'libs/plan-reader', include: ['src/**/*.spec.ts'] } },
      {
        plugins: [react()],
        ...sourceResolution,
        test: { name: 'ui-charts', root: 'libs/ui-charts', include: ['src/**/*.spec.{ts,tsx}'] },
      },
      {
        plugins: [nestTransform()],
        ...sourceResolution,
        test: {
          name: 'api',
          root: 'apps/api',
          include: ['src/**/*.spec.ts'],
          exclude: ['src/**/*.api.spec.ts', 'src/**/*.embedded.spec.ts', 'src/**/*.server.spec.ts'],
          setupFiles: ['src/testing/setup-file.ts'],
        },
      },
      apiSuite('server', !onServer),
      apiSuite('embedded', true),
      {
        plugins: [react()],
        ...sourceResolution,
        test: { name: 'web', root: 'apps/web', include: ['src/**/*.spec.{ts,tsx}'] },
      },
      {
        ...sourceResolution,
        test: {
          name: 'web-e2e',
          root: 'apps/web-e2e',
          include: ['src/**/*.e2e.ts'],
          globalSetup: ['src/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
};
});
