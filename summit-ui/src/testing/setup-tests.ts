import '@testing-library/jest-dom/vitest';

import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

import { setCsrfToken } from '@/lib/api-client';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  document.documentElement.removeAttribute('lang');
  // The token lives in a module, beyond the reach of each test's fresh query client.
  setCsrfToken(null);
});
