/// <reference types="vitest/config" />
// The web app's build and the test runner's configuration.
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { knowledgeIndex } from './vite.knowledge';

export default defineConfig({
  plugins: [react(), tailwindcss(), knowledgeIndex()],
  worker: { format: 'es' },
  optimizeDeps: { include: ['postal-mime'] },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['./tests/setup.ts'],
    globalSetup: ['./tests/global-setup.ts'],
    testTimeout: 60_000,
  },
});
