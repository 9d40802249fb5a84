/** How the backend worker answers one forwarded request (kept apart so tests can run it in-process). */
import { getResponse, type RequestHandler } from 'msw';
import { errorResponse } from '../handlers/http';
import { fromWireRequest, toWireResponse, type WireRequest, type WireResponse } from './wire';

/**
 * `opened`: requests wait until the store has loaded. A path no handler takes is a JSON 404 (in
 * the page it would otherwise fall through to the static server's index.html); a handler that
 * throws is a JSON 500 with the reason, not a hung request.
 */
export function answerer(handlers: RequestHandler[], opened: Promise<unknown>) {
  async function respond(wire: WireRequest): Promise<Response> {
    try {
      await opened;
      const response = await getResponse(handlers, fromWireRequest(wire));
      return (
        response ??
        errorResponse(404, 'not_found', `No endpoint ${wire.method} ${new URL(wire.url).pathname}`)
      );
    } catch (e) {
      console.error('Demo backend: a handler failed', e);
      return errorResponse(500, 'internal', e instanceof Error ? e.message : String(e));
    }
  }
  return async (wire: WireRequest): Promise<WireResponse> =>
    toWireResponse(await respond(wire), wire.id);
}
