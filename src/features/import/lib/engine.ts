/**
 * Runs the import's heavy steps: in a Web Worker in the browser, inline where there is none
 * (jsdom in component tests). Both run the same functions.
 */
import type { ImportOptions, ReferenceData, Validation } from './activity-rows';
import type { ColumnMapping } from './fields';
import {
  summarise,
  type Phase,
  type TableSummary,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol';
import type { Table, TableErrorCode } from './table';

export type OnProgress = (phase: Phase, done: number, total: number) => void;

export interface ImportEngine {
  parse(data: ArrayBuffer, onProgress: OnProgress): Promise<TableSummary>;
  validate(
    mapping: ColumnMapping,
    options: ImportOptions,
    reference: ReferenceData,
    onProgress: OnProgress,
  ): Promise<Validation>;
  dispose(): void;
}

/** A failure the page explains to the user (file_empty, file_corrupt, internal…). */
export class ImportFailure extends Error {
  constructor(
    readonly code: TableErrorCode | 'internal',
    detail: string,
  ) {
    super(detail || code);
  }
}

type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function inlineEngine(): ImportEngine {
  let table: Table | null = null;
  return {
    async parse(data, onProgress) {
      // Loaded on demand: in the browser the parsers live in the worker's bundle only.
      const { readTable, TableError } = await import('./table');
      try {
        table = await readTable(data, (d, t) => onProgress('parse', d, t));
      } catch (e) {
        if (e instanceof TableError) throw new ImportFailure(e.code, e.message);
        throw new ImportFailure('internal', e instanceof Error ? e.message : String(e));
      }
      return summarise(table);
    },
    async validate(mapping, options, reference, onProgress) {
      if (!table) throw new ImportFailure('internal', 'no file has been read');
      await yieldToBrowser();
      const { validateRows } = await import('./activity-rows');
      return validateRows(
        table.rows,
        table.headerRowNumber + 1,
        mapping,
        options,
        reference,
        (d, t) => onProgress('validate', d, t),
      );
    },
    dispose() {
      table = null;
    },
  };
}

function workerEngine(): ImportEngine {
  const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
  let nextId = 1;
  const pending = new Map<
    number,
    {
      resolve: (r: WorkerResponse) => void;
      reject: (e: Error) => void;
      onProgress: OnProgress;
    }
  >();
  worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => {
    const message = event.data;
    const p = pending.get(message.id);
    if (!p) return;
    if (message.type === 'progress') {
      p.onProgress(message.phase, message.done, message.total);
      return;
    }
    pending.delete(message.id);
    if (message.type === 'error') p.reject(new ImportFailure(message.code, message.detail));
    else p.resolve(message);
  });
  worker.addEventListener('error', (event) => {
    for (const p of pending.values()) p.reject(new ImportFailure('internal', event.message));
    pending.clear();
  });
  const request = (
    body: WithoutId<WorkerRequest>,
    onProgress: OnProgress,
    transfer: Transferable[] = [],
  ) =>
    new Promise<WorkerResponse>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, onProgress });
      worker.postMessage({ ...body, id } as WorkerRequest, transfer);
    });

  return {
    async parse(data, onProgress) {
      const r = await request({ type: 'parse', data }, onProgress, [data]);
      if (r.type !== 'parsed') throw new ImportFailure('internal', `unexpected ${r.type}`);
      return r.summary;
    },
    async validate(mapping, options, reference, onProgress) {
      const r = await request({ type: 'validate', mapping, options, reference }, onProgress);
      if (r.type !== 'validated') throw new ImportFailure('internal', `unexpected ${r.type}`);
      return r.validation;
    },
    dispose() {
      worker.terminate();
      for (const p of pending.values()) p.reject(new ImportFailure('internal', 'cancelled'));
      pending.clear();
    },
  };
}

export function createImportEngine(): ImportEngine {
  return typeof Worker === 'undefined' ? inlineEngine() : workerEngine();
}
