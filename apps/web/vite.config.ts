import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

/** Where the API listens during development; the dev server forwards /api there so the app stays same-origin. */
const apiTarget = process.env['GOVINDEX_API_URL'] ?? 'http://localhost:3000';

export default defineConfig({
  // The app folder, whatever directory Vite is started from.
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    // Workspace libraries are read from their TypeScript source: no need to build them first.
    conditions: ['@govindex/source', ...defaultClientConditions],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: { '/api': { target: apiTarget, changeOrigin: true } },
  },
  preview: {
    port: 4300,
    proxy: { '/api': { target: apiTarget, changeOrigin: true } },
  },
});
