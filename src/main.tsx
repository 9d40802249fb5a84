import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setTransport } from '@/api/client';
import { App } from '@/app/App';
import { bootFailureText } from '@/app/boot-failure';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { env } from '@/config/env';
import '@/app/theme.css';

/** The embedded API must answer before the first query, so it starts before rendering. */
async function startBackend() {
  if (!env.useEmbeddedBackend) return;
  const { startEmbeddedBackend } = await import('@mocks/embedded-backend');
  setTransport(await startEmbeddedBackend());
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
  .then(() => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <AppProviders queryClient={createQueryClient()}>
          <App />
        </AppProviders>
      </StrictMode>,
    );
  })
  .catch(showBootFailure);
