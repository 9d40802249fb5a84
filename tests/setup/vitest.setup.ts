/** One place for the test environment: DOM matchers, jsdom gaps, and the embedded API. */
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server, testStore } from '@mocks/node';
import { i18n } from '@/i18n';

// findBy/waitFor give up after 1 s by default: too short when the whole suite shares two busy
// cores. A broken behaviour still fails, only later.
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks these; Recharts, media queries and "show on map" need them.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addListener() {},
  removeListener() {},
  addEventListener() {},
  removeEventListener() {},
  dispatchEvent: () => false,
})) as unknown as typeof window.matchMedia;
// jsdom does no layout, so there is nothing to scroll.
Element.prototype.scrollIntoView ??= () => {};
// jsdom does no layout, so a Recharts container sized in percent (the district panel's chart)
// measures 0×0 and warns; in a browser the stylesheet sizes it. Only that one message is dropped.
const consoleWarn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  const [message] = args;
  if (
    typeof message === 'string' &&
    message.startsWith('The width(0) and height(0) of chart should be greater than 0,')
  )
    return;
  consoleWarn(...args);
};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  cleanup();
  server.resetHandlers();
  await testStore.replace();
  await i18n.changeLanguage('zh-CN');
  localStorage.clear();
});
afterAll(() => server.close());
