/// <reference lib="webworker" />
/**
 * The import's worker: reads the file and checks its rows off the main thread, so a
 * 100,000-row sheet never freezes the tab. It keeps the parsed table between the two steps.
 */
import { validateRows } from './activity-rows';
import { summarise, type WorkerRequest, type WorkerResponse } from './protocol';
import { readTable, TableError, type Table } from './table';

declare const self: DedicatedWorkerGlobalScope;

let table: Table | null = null;
const post = (message: WorkerResponse) => self.postMessage(message);

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  void (async () => {
    try {
      if (request.type === 'parse') {
        table = null;
        table = await readTable(request.data, (done, total) =>
          post({ id: request.id, type: 'progress', phase: 'parse', done, total }),
        );
        post({ id: request.id, type: 'parsed', summary: summarise(table) });
      } else {
        if (!table) throw new Error('no file has been read');
        const validation = validateRows(
          table.rows,
          table.headerRowNumber + 1,
          request.mapping,
          request.options,
          request.reference,
          (done, total) =>
            post({ id: request.id, type: 'progress', phase: 'validate', done, total }),
        );
        post({ id: request.id, type: 'validated', validation });
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
