/**
 * Answers computed from the whole store (the summaries), kept per query string until the store
 * changes. Going back to a scope seen a moment ago (a filter toggled off, the previous period
 * for the KPIs' change, the presentation's rotation) costs nothing, even over 100,000 records.
 */
import type { Store } from '../db';

export function memoPerRevision<T>(store: Store, compute: (url: URL) => T, capacity = 24) {
  let revision = -1;
  const answers = new Map<string, T>();
  return (url: URL): T => {
    if (store.revision !== revision) {
      answers.clear();
      revision = store.revision;
    }
    const params = new URLSearchParams(url.search);
    params.sort();
    const key = params.toString();
    const known = answers.get(key);
    if (known !== undefined) {
      // Most recently used last, so the oldest is dropped first.
      answers.delete(key);
      answers.set(key, known);
      return known;
    }
    const answer = compute(url);
    answers.set(key, answer);
    if (answers.size > capacity) answers.delete(answers.keys().next().value!);
    return answer;
  };
}
