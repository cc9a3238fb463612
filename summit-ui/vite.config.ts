import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: '/',
  plugins: [
    react(),
    // Brotli and gzip copies (highest levels) beside each script and style sheet: the server sends the one the
    // browser accepts as it is, instead of compressing the same file on every request.
    compression({ include: /\.(js|mjs|css)$/, algorithms: ['brotliCompress', 'gzip'] }),
  ],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  server: {
    proxy: {
      // The Micronaut application serves the API; in production both share one origin.
      '/api': 'http://localhost:8080',
      // The tablets' and big screens' WebSockets.
      '/ws': { target: 'ws://localhost:8080', ws: true },
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
    // Typing with user-event takes seconds when the machine is busy (CI shares two cores with a build):
    // a slow machine must not fail a test.
    testTimeout: 30_000,
    restoreMocks: true,
    unstubGlobals: true,
    reporters: ['default', 'junit'],
    outputFile: { junit: 'target/vitest-reports/TEST-summit-ui.xml' },
  },
});
