/**
 * Every record of a filtered list, fetched in pages of the API's maximum size, with progress and
 * a cancel. Exports use it: they must hold all matching rows, not only those on screen.
 */
import type { ListParams } from '@/api/contract';

export const EXPORT_PAGE_SIZE = 1000;

export interface PageResult<T> {
  items: T[];
  total: number;
}

export interface FetchAllOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

export async function fetchAllPages<T>(
  fetchPage: (params: ListParams, signal?: AbortSignal) => Promise<PageResult<T>>,
  params: ListParams,
  { signal, onProgress }: FetchAllOptions = {},
): Promise<T[]> {
  const rows: T[] = [];
  let total = Infinity;
  while (rows.length < total) {
    signal?.throwIfAborted();
    const page = await fetchPage(
      { ...params, offset: rows.length, limit: EXPORT_PAGE_SIZE },
      signal,
    );
    total = page.total;
    rows.push(...page.items);
    onProgress?.(rows.length, total);
    // Records deleted meanwhile shrink the list: stop rather than loop.
    if (page.items.length === 0) break;
  }
  return rows;
}
