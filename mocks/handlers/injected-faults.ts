/**
 * Fault injection for the embedded backend, so the app's failure handling can be demonstrated
 * and tested end to end in a real browser (MSW runs the handlers in the page, where Playwright's
 * request routing cannot reach them).
 *
 *   window.__reliefFaults = { '/api/v1/summary': 'error500' }
 *
 * Keys are path prefixes under the API; the longest matching prefix wins. A key ending in `$`
 * matches that path only ('/api/v1/sites$' fails the site list but not /api/v1/sites/summary).
 * A key may start with a method: 'POST /api/v1/activities' fails creating activities but not
 * reading them. Nothing is persisted: a reload clears every fault. Real servers never see this.
 *
 * This module only reads which fault is set, without MSW, so the page can check each request of
 * the app's client before deciding whether MSW must be loaded; `faults.ts` answers with them.
 */
export const faultKinds = ['error500', 'network', 'delay', 'malformed', 'wrongType'] as const;
export type Fault = (typeof faultKinds)[number];

declare global {
  var __reliefFaults: Record<string, Fault> | undefined;
}

const methodKey = /^([A-Z]+) (.*)$/;

export function faultFor(method: string, pathname: string): Fault | undefined {
  const faults = globalThis.__reliefFaults;
  if (!faults) return undefined;
  const matches = (key: string) => {
    const [, keyMethod, path = key] = methodKey.exec(key) ?? [];
    if (keyMethod && keyMethod !== method) return false;
    return path.endsWith('$') ? pathname === path.slice(0, -1) : pathname.startsWith(path);
  };
  const match = Object.keys(faults)
    .filter(matches)
    .sort((a, b) => b.length - a.length)[0];
  return match ? faults[match] : undefined;
}
