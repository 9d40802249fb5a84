/**
 * A stand-in for the demo backend's Worker that answers in-process with the worker's own
 * `answerer` over real handlers. Messages cross a structured-clone boundary with transfers, as
 * between threads, so a body used twice or a non-cloneable message fails here as it would in the
 * browser.
 */
import type { RequestHandler } from 'msw';
import { answerer } from '@mocks/backend/answer';
import { transferOf, type BackendMessage, type WireRequest } from '@mocks/backend/wire';

const cross = <T extends { body: ArrayBuffer | null }>(message: T): T =>
  structuredClone(message, { transfer: transferOf(message) });

export class InProcessWorker extends EventTarget {
  private answer: (wire: WireRequest) => Promise<BackendMessage>;

  constructor(handlers: RequestHandler[], opened: Promise<unknown> = Promise.resolve()) {
    super();
    const answer = answerer(handlers, opened);
    this.answer = async (wire) => ({ type: 'response', ...cross(await answer(wire)) });
    void opened.then(() => this.emit({ type: 'ready' }));
  }

  postMessage(message: WireRequest) {
    void this.answer(cross(message)).then((reply) => this.emit(reply));
  }

  emit(data: BackendMessage) {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }

  crash(message: string) {
    this.dispatchEvent(new ErrorEvent('error', { message }));
  }
}
