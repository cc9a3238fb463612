import { fileURLToPath, URL } from 'node:url';

import { defineConfig } from 'vitest/config';

// The contract test (src/contract): the UI's fetchers against the running application, in Node.
// UiContractIntegrationTest in summit-api starts the application and runs it; `npm test` does not.
export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    include: ['src/contract/**/*.contract.ts'],
    // One file, in order: the steps share the session a browser would keep.
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
