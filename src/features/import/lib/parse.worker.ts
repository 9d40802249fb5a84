/// <reference lib="webworker" />
/**
 * The import's worker: reads the file, checks its rows and builds the request bodies off the
 * main thread, so a 100,000-row sheet never freezes the tab. It keeps the import's data
 * (ImportSession) between the steps; the page asks for what it shows.
 */
import type { WorkerRequest, WorkerResponse } from './protocol';
import { ImportSession } from './session';
import { TableError } from './table';

declare const self: DedicatedWorkerGlobalScope;

const session = new ImportSession();
const post = (message: WorkerResponse) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  void (async () => {
    try {
      switch (request.type) {
        case 'parse': {
          const summary = await session.parse(request.data, (done, total) =>
            post({ id: request.id, type: 'progress', phase: 'parse', done, total }),
          );
          post({ id: request.id, type: 'parsed', summary });
          break;
        }
        case 'validate': {
          const summary = session.validate(
            request.kind,
            request.mapping,
            request.options,
            request.reference,
            (done, total) =>
              post({ id: request.id, type: 'progress', phase: 'validate', done, total }),
          );
          post({ id: request.id, type: 'validated', summary });
          break;
        }
        case 'rows':
          post({
            id: request.id,
            type: 'rows',
            rows: session.rows(request.from, request.count, request.onlyErrors),
          });
          break;
        case 'batch': {
          const { json, count } = session.batch(
            request.index,
            request.size,
            request.organizationIds,
          );
          // Bytes move to the page without a copy, and fetch need not encode a long string there.
          const bytes = new TextEncoder().encode(json);
          self.postMessage(
            { id: request.id, type: 'batch', json: bytes, count } satisfies WorkerResponse,
            [bytes.buffer],
          );
          break;
        }
      }
    } catch (e) {
      post({
        id: request.id,
        type: 'error',
        code: e instanceof TableError ? e.code : 'internal',
        detail: e instanceof Error ? e.message : String(e),
      });
    }
  })();
});
