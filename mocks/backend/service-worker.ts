/**
 * MSW's service worker, which makes the embedded API answer any other request of the page (a
 * link's fetch, the console, an end-to-end test) as a server would. The app itself does not need
 * it (its client talks to the backend worker directly), so it starts after the first screen.
 */
import type { RequestHandler } from 'msw';
import { setupWorker } from 'msw/browser';

/**
 * MSW checks for a newer worker script with a fire-and-forget `registration.update()`. When that
 * check fails (the page is navigating away, the registration is being replaced) nothing is wrong —
 * the running worker keeps answering — but the rejection would surface as an uncaught error.
 */
function ignoreFailedWorkerUpdateChecks() {
  window.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason;
    if (reason instanceof Error && reason.message.startsWith('Failed to update a ServiceWorker'))
      event.preventDefault();
  });
}

/** How long a page not yet under the worker waits for it to take the page, before doing without. */
const TAKE_OVER_MS = 5000;

/**
 * True when the page is, or within `waitMs` becomes, under the worker whose script is at the
 * absolute `workerUrl`, or when that worker is not registered yet (MSW registers it, and it takes
 * the page as it activates); false when the page stays outside it.
 *
 * Why: MSW reloads a page its worker is registered for but does not control, 1–2 s after the
 * first screen. That happened to a page opened just as the worker was being installed (a link
 * followed in the first seconds of a first visit; 4 of 16 such loads of /present in one run), and
 * can happen to a hard reload (Ctrl+Shift+R), which the browser loads outside the worker. The
 * app does not need the worker, so that reload only blanked the screen: a presentation wall
 * started over. The worker takes such a page soon (as it activates, or as it is checked for an
 * update); a page it has not taken after `waitMs` goes on without it.
 */
export async function underWorker(
  container: Pick<
    ServiceWorkerContainer,
    'controller' | 'getRegistrations' | 'addEventListener' | 'removeEventListener'
  >,
  workerUrl: string,
  waitMs: number,
): Promise<boolean> {
  if (container.controller) return true;
  const registrations = await container.getRegistrations();
  const registered = registrations.some((r) =>
    [r.installing, r.waiting, r.active].some((w) => w?.scriptURL === workerUrl),
  );
  if (!registered) return true;
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      container.removeEventListener('controllerchange', done);
      resolve(Boolean(container.controller));
    };
    const timer = setTimeout(done, waitMs);
    container.addEventListener('controllerchange', done);
  });
}

/**
 * Starts where the browser allows a service worker (https:// or localhost, not a private window
 * of some browsers); elsewhere, such as a meeting-room PC opening http://192.168.… of another,
 * the dashboard works all the same, only other requests of the page do not reach the API.
 * Resolves true once the worker answers, false where it cannot.
 */
export async function startServiceWorker(handlers: RequestHandler[]): Promise<boolean> {
  if (!window.isSecureContext || !('serviceWorker' in navigator)) return false;
  const workerUrl = `${import.meta.env.BASE_URL}api-service-worker.js`;
  const absoluteUrl = new URL(workerUrl, location.href).href;
  if (!(await underWorker(navigator.serviceWorker, absoluteUrl, TAKE_OVER_MS))) {
    console.info(
      'Demo backend: this page is outside its service worker (a hard reload?); a normal reload lets other requests of the page reach the API again.',
    );
    return false;
  }
  ignoreFailedWorkerUpdateChecks();
  try {
    await setupWorker(...handlers).start({
      quiet: true,
      serviceWorker: { url: workerUrl },
      // Assets, fonts and (opt-in) tiles pass through untouched.
      onUnhandledRequest: 'bypass',
    });
    return true;
  } catch (e) {
    // The app does not need it: say why other requests will not reach the API, and go on.
    console.warn('Demo backend: the service worker did not start', e);
    return false;
  }
}
