/**
 * Requests and responses as messages between the page and the demo backend's worker. Bodies
 * travel as ArrayBuffers and are transferred, not copied: an import batch is megabytes.
 */

export interface WireRequest {
  id: number;
  method: string;
  url: string;
  headers: [string, string][];
  body: ArrayBuffer | null;
}

export interface WireResponse {
  id: number;
  status: number;
  statusText: string;
  headers: [string, string][];
  body: ArrayBuffer | null;
  /** The handler answered with `Response.error()`: the page fails the fetch as a network error. */
  networkError: boolean;
}

/** What the worker posts: once `ready` (or `failed`), then one `response` per request. */
export type BackendMessage =
  { type: 'ready' } | { type: 'failed'; message: string } | ({ type: 'response' } & WireResponse);

const hasBody = (method: string) => method !== 'GET' && method !== 'HEAD';

export async function toWireRequest(request: Request, id: number): Promise<WireRequest> {
  return {
    id,
    method: request.method,
    url: request.url,
    headers: [...request.headers],
    body: hasBody(request.method) ? await request.arrayBuffer() : null,
  };
}

export function fromWireRequest(wire: WireRequest): Request {
  return new Request(wire.url, {
    method: wire.method,
    headers: wire.headers,
    body: hasBody(wire.method) ? wire.body : null,
  });
}

export async function toWireResponse(response: Response, id: number): Promise<WireResponse> {
  if (response.type === 'error')
    return { id, status: 0, statusText: '', headers: [], body: null, networkError: true };
  return {
    id,
    status: response.status,
    statusText: response.statusText,
    headers: [...response.headers],
    // 204 and 304 must not carry a body, not even an empty one.
    body: response.status === 204 || response.status === 304 ? null : await response.arrayBuffer(),
    networkError: false,
  };
}

export function fromWireResponse(wire: WireResponse): Response {
  if (wire.networkError) return Response.error();
  return new Response(wire.body, {
    status: wire.status,
    statusText: wire.statusText,
    headers: wire.headers,
  });
}

/** Buffers to transfer with a message (a detached buffer cannot be sent twice). */
export const transferOf = (message: { body: ArrayBuffer | null }): Transferable[] =>
  message.body ? [message.body] : [];
