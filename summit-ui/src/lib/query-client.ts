import { QueryClient } from '@tanstack/react-query';

import { ApiError } from '@/lib/api-client';

const maxRetries = 2;

function shouldRetry(failureCount: number, error: Error): boolean {
  // A client error (4xx) will not go away by asking again.
  const clientError = error instanceof ApiError && error.status !== undefined && error.status < 500;
  return !clientError && failureCount < maxRetries;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        staleTime: 30_000,
      },
    },
  });
}
