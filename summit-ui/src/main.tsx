import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from '@/app/app';
import { createI18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';

const root = document.getElementById('root');
if (!root) {
  throw new Error('index.html has no element with id "root"');
}

createRoot(root).render(
  <StrictMode>
    <App i18n={createI18n()} queryClient={createQueryClient()} />
  </StrictMode>,
);
