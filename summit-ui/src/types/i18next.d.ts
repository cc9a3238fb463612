import 'i18next';

import type en from '@/locales/en.json';

// English is the reference catalogue: every key used in code must exist there, and a test checks
// that the Traditional Chinese catalogue has exactly the same keys.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
