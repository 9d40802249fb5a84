/**
 * Imported first by the backend worker. MSW's cookie store is created when `msw` is imported and
 * insists on `localStorage` outside Node; workers have none. The API uses no cookies, so a
 * memory-only stand-in is enough (nothing is meant to persist through it).
 */
if (typeof globalThis.localStorage === 'undefined') {
  const items = new Map<string, string>();
  const memoryStorage: Storage = {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
  Object.defineProperty(globalThis, 'localStorage', { value: memoryStorage, configurable: true });
}

export {};
