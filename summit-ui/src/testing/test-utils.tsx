import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';

import { AppProvider } from '@/app/provider';
import { AppRoutes } from '@/app/router';
import { createI18n, type Language } from '@/lib/i18n';

interface RenderOptions {
  /** The path the router starts at. */
  route?: string;
  language?: Language;
}

function createTestQueryClient(): QueryClient {
  // No retries: a test that answers with an error wants to see it at once.
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

/** Renders `ui` inside the app's providers and a router at `route`. */
export function renderWithProviders(
  ui: ReactElement,
  { route = '/', language = 'zh-Hant' }: RenderOptions = {},
) {
  const i18n = createI18n(language, window.localStorage);
  const queryClient = createTestQueryClient();
  const user = userEvent.setup();
  const result = render(
    <AppProvider i18n={i18n} queryClient={queryClient}>
      <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
    </AppProvider>,
  );
  return { ...result, user, i18n };
}

/** Renders the whole app, every route, as a person opening `route` would see it. */
export function renderApp(options: RenderOptions = {}) {
  return renderWithProviders(<AppRoutes />, options);
}
