/**
 * Resolves once `load` succeeds. When the server cannot be reached (offline, a restart) it tries
 * again when the browser is back online, or after a while: a lazily loaded part of the page waits
 * in its placeholder instead of failing for good (a failed `React.lazy` never retries).
 */
export function whenLoaded<T>(load: () => Promise<T>): Promise<T> {
  return new Promise((resolve) => {
    const attempt = () => {
      load().then(resolve, () => {
        const again = () => {
          window.removeEventListener('online', again);
          window.clearTimeout(timer);
          attempt();
        };
        window.addEventListener('online', again);
        const timer = window.setTimeout(again, 10_000);
      });
    };
    attempt();
  });
}
