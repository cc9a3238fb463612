import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  server: {
    proxy: {
      // The Micronaut application serves the API; in production both share one origin.
      '/api': 'http://localhost:8080',
    },
  },
  build: {
    // Lands inside the jar under public/, where micronaut.router.static-resources serves it.
    outDir: 'target/classes/public',
    emptyOutDir: true,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/testing/setup-tests.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    reporters: ['default', 'junit'],
    outputFile: { junit: 'target/vitest-reports/TEST-summit-ui.xml' },
  },
});
