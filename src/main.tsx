import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setTransport } from '@/api/client';
import { afterFirstScreen } from '@/app/after-first-screen';
import { App } from '@/app/App';
import { bootFailureText } from '@/app/boot-failure';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { env } from '@/config/env';
import '@/app/theme.css';

/**
 * The embedded API must take the first query, so it starts before rendering. Its store opens in
 * its worker meanwhile; requests made before then wait there.
 */
async function startBackend() {
  if (!env.useEmbeddedBackend) return null;
  const { startEmbeddedBackend } = await import('@mocks/embedded-backend');
  const backend = startEmbeddedBackend();
  setTransport(backend.fetch);
  return backend;
}

function showBootFailure(error: unknown) {
  const root = document.getElementById('root');
  if (!root) return;
  const text = bootFailureText(error);
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.className = 'boot-failure';
  const title = document.createElement('h1');
  title.textContent = text.title;
  box.append(title);
  for (const paragraph of text.paragraphs) {
    const p = document.createElement('p');
    p.textContent = paragraph;
    box.append(p);
  }
  root.replaceChildren(box);
}

startBackend()
  .then((backend) => {
    const queryClient = createQueryClient();
    const root = createRoot(document.getElementById('root')!);
    root.render(
      <StrictMode>
        <AppProviders queryClient={queryClient}>
          <App />
        </AppProviders>
      </StrictMode>,
    );
    if (!backend) return;
    void backend.ready.then(
      // Its service worker, for requests other than the app's own, need not hold up the first
      // screen.
      () =>
        afterFirstScreen(queryClient)
          .then(() => backend.startServiceWorker())
          .catch((e: unknown) => console.warn('Demo backend: the service worker did not start', e)),
      // The store cannot open: no request will be answered, and the page says why instead.
      (error: unknown) => {
        root.unmount();
        showBootFailure(error);
      },
    );
  })
  .catch(showBootFailure);
