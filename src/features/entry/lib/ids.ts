/** A fresh idempotency key; crypto.randomUUID needs a secure context, so fall back. */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const rand = () => Math.random().toString(16).slice(2, 10);
  return `${Date.now().toString(16)}-${rand()}-${rand()}-${rand()}`;
}

/** Id for a site the user adds: chosen here, so a visit can refer to it while it is queued. */
export function newSiteId(): string {
  return `site-${newIdempotencyKey()}`;
}
