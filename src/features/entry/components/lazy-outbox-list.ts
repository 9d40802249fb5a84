/**
 * The outbox panel's list (with its conflict view and record descriptions), loaded on demand:
 * the header shows only the count on every screen. It is fetched as soon as it may be needed,
 * not only on opening the panel, because the outbox matters most offline, when the server that
 * would send the code may be out of reach: when the outbox holds anything, when an entry page
 * opens (a save there may be queued), and when the pointer or focus reaches the button.
 */
import { lazy } from 'react';
import { whenLoaded } from '@/lib/when-loaded';
import type * as OutboxListModule from './OutboxList';

let outboxList: Promise<typeof OutboxListModule> | null = null;
export const preloadOutboxList = () => (outboxList ??= whenLoaded(() => import('./OutboxList')));
export const LazyOutboxList = lazy(() =>
  preloadOutboxList().then((m) => ({ default: m.OutboxList })),
);
