/* global self, URL, importScripts -- a service worker script (plain JS, served as is) */
/**
 * The demo backend's service worker: MSW's own, behind a filter.
 *
 * MSW's worker hands every request of the page to the page, to try its handlers: the app's
 * scripts and styles too. For each one the page's MSW reads document.cookie, a synchronous call
 * to the browser, and loading one chunk of code cost tens of ms of main thread. Only API requests
 * can have a handler, so every other request goes to the network without it.
 */
self.addEventListener('fetch', (event) => {
  if (new URL(event.request.url).pathname.includes('/api/v1/')) return; // MSW's listener answers
  event.stopImmediatePropagation();
});

importScripts('./mockServiceWorker.js');
