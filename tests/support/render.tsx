import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import { memoryLocation } from 'wouter/memory-location';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';

/**
 * Renders with the app's real providers at a URL, over the embedded API (MSW in Node).
 * Queries do not retry, so error states show at once.
 */
export function renderWithApp(
  ui: ReactElement,
  { url = '/', ...options }: { url?: string } & RenderOptions = {},
) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  const location = memoryLocation({ path: url, record: true });
  const result = render(
    <AppProviders queryClient={queryClient} location={location}>
      {ui}
    </AppProviders>,
    options,
  );
  return { ...result, queryClient, location };
}
