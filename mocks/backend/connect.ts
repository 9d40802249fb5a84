/**
 * The page's side of the demo backend's worker: starts it, forwards requests to it and turns its
 * answers back into Responses for MSW.
 */
import { API_PREFIX } from '@/api/contract';
import { errorResponse } from '../handlers/http';
import {
  fromWireResponse,
  toWireRequest,
  transferOf,
  type BackendMessage,
  type WireResponse,
} from './wire';

export interface BackendWorker {
  /** Settles when the store has opened (from IndexedDB, or the seed on first use). */
  ready: Promise<void>;
  fetch(request: Request): Promise<Response>;
}

const unavailable = (why: string) =>
  errorResponse(503, 'backend_unavailable', `The embedded demo backend stopped: ${why}`);

const createBackendWorker = () =>
  new Worker(new URL('./backend.worker.ts', import.meta.url), {
    type: 'module',
    name: 'relief-demo-backend',
  });

/** `worker`: tests pass a stand-in that answers in-process. */
export function startBackendWorker(worker: Worker = createBackendWorker()): BackendWorker {
  /** Answer callbacks by request id; `null`: the worker died before answering. */
  const pending = new Map<number, (response: WireResponse | null) => void>();
  let nextId = 1;
  let stopped: string | null = null;

  let settle!: { resolve: () => void; reject: (e: Error) => void };
  const ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));

  worker.addEventListener('message', (event: MessageEvent<BackendMessage>) => {
    const message = event.data;
    if (message.type === 'ready') settle.resolve();
    else if (message.type === 'failed') settle.reject(new Error(message.message));
    else {
      pending.get(message.id)?.(message);
      pending.delete(message.id);
    }
  });
  // The script failed to load or threw at the top level: nothing will answer from now on.
  worker.addEventListener('error', (event) => {
    stopped = event.message || 'its script could not run';
    settle.reject(new Error(`Demo backend worker: ${stopped}`));
    for (const resolve of pending.values()) resolve(null);
    pending.clear();
  });

  return {
    ready,
    async fetch(request) {
      if (stopped !== null) return unavailable(stopped);
      const wire = await toWireRequest(request, nextId++);
      const answered = new Promise<WireResponse | null>((resolve) => pending.set(wire.id, resolve));
      worker.postMessage(wire, transferOf(wire));
      const response = await answered;
      return response ? fromWireResponse(response) : unavailable(stopped ?? 'no answer');
    },
  };
}

/** Every API path; used by the page's MSW handler that forwards to the worker. */
export const apiPattern = `*${API_PREFIX}/*`;
