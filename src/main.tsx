import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/App';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { env } from '@/config/env';
import '@/app/theme.css';

/** The embedded API must answer before the first query, so it starts before rendering. */
async function startBackend() {
  if (!env.useEmbeddedBackend) return;
  const { startEmbeddedBackend } = await import('@mocks/browser');
  await startEmbeddedBackend();
}

function showBootFailure(error: unknown) {
  const root = document.getElementById('root');
  if (!root) return;
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.className = 'boot-failure';
  const title = document.createElement('h1');
  title.textContent = '无法启动内置演示数据 / The embedded demo backend could not start';
  const detail = document.createElement('p');
  detail.textContent =
    (window.isSecureContext
      ? ''
      : '请通过 http://localhost 或 HTTPS 打开本页。Open this page from http://localhost or over HTTPS. ') +
    (error instanceof Error ? error.message : String(error));
  box.append(title, detail);
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
