/**
 * Runs the import's heavy steps: in a Web Worker in the browser, inline where there is none
 * (jsdom in component tests). Both run the same ImportSession.
 */
import type { ImportOptions, ReferenceData } from './activity-rows';
import type { ColumnMapping, RecordKind } from './fields';
import type { Phase, TableSummary, WorkerRequest, WorkerResponse } from './protocol';
import type { ImportSession, PreviewRow, ValidationSummary } from './session';
import type { TableErrorCode } from './table';

export type OnProgress = (phase: Phase, done: number, total: number) => void;

export interface ImportEngine {
  parse(data: ArrayBuffer, onProgress: OnProgress): Promise<TableSummary>;
  validate(
    kind: RecordKind,
    mapping: ColumnMapping,
    options: ImportOptions,
    reference: ReferenceData,
    onProgress: OnProgress,
  ): Promise<ValidationSummary>;
  /** Preview rows of the last check: all rows, or only those with problems. */
  rows(from: number, count: number, onlyErrors: boolean): Promise<PreviewRow[]>;
  /** Request body of batch `index` of the valid rows. */
  batch(
    index: number,
    size: number,
    organizationIds: Record<string, string>,
  ): Promise<{ json: string | Uint8Array<ArrayBuffer>; count: number }>;
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
  let session: ImportSession | null = null;
  // Loaded on demand: in the browser the parsers live in the worker's bundle only.
  const open = async () => {
    if (!session) {
      const { ImportSession } = await import('./session');
      session = new ImportSession();
    }
    return session;
  };
  const internal = (e: unknown) =>
    e instanceof ImportFailure
      ? e
      : new ImportFailure('internal', e instanceof Error ? e.message : String(e));
  return {
    async parse(data, onProgress) {
      const s = await open();
      const { TableError } = await import('./table');
      try {
        return await s.parse(data, (d, t) => onProgress('parse', d, t));
      } catch (e) {
        if (e instanceof TableError) throw new ImportFailure(e.code, e.message);
        throw internal(e);
      }
    },
    async validate(kind, mapping, options, reference, onProgress) {
      const s = await open();
      await yieldToBrowser();
      try {
        return s.validate(kind, mapping, options, reference, (d, t) =>
          onProgress('validate', d, t),
        );
      } catch (e) {
        throw internal(e);
      }
    },
    async rows(from, count, onlyErrors) {
      return (await open()).rows(from, count, onlyErrors);
    },
    async batch(index, size, organizationIds) {
      try {
        return (await open()).batch(index, size, organizationIds);
      } catch (e) {
        throw internal(e);
      }
    },
    dispose() {
      session = null;
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
    onProgress: OnProgress = () => {},
    transfer: Transferable[] = [],
  ) =>
    new Promise<WorkerResponse>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, onProgress });
      worker.postMessage({ ...body, id } as WorkerRequest, transfer);
    });
  const unexpected = (r: WorkerResponse) => new ImportFailure('internal', `unexpected ${r.type}`);

  return {
    async parse(data, onProgress) {
      const r = await request({ type: 'parse', data }, onProgress, [data]);
      if (r.type !== 'parsed') throw unexpected(r);
      return r.summary;
    },
    async validate(kind, mapping, options, reference, onProgress) {
      const r = await request({ type: 'validate', kind, mapping, options, reference }, onProgress);
      if (r.type !== 'validated') throw unexpected(r);
      return r.summary;
    },
    async rows(from, count, onlyErrors) {
      const r = await request({ type: 'rows', from, count, onlyErrors });
      if (r.type !== 'rows') throw unexpected(r);
      return r.rows;
    },
    async batch(index, size, organizationIds) {
      const r = await request({ type: 'batch', index, size, organizationIds });
      if (r.type !== 'batch') throw unexpected(r);
      return { json: r.json, count: r.count };
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
