/**
 * Drafts: what a user typed into a form, kept in localStorage per form (new, or the record
 * being edited) so it survives a reload or an accidental close. Cleared after a save.
 */
export type DraftForm = 'activity' | 'fund';

export interface Draft<T> {
  savedAt: string;
  /** Version of the record the edit started from (null for a new record). */
  baseVersion: number | null;
  /** Idempotency key of a new record, so a retried save after a reload still creates one. */
  idempotencyKey: string | null;
  form: T;
}

const PREFIX = 'relief.draft.';

export function draftKey(form: DraftForm, id: string | undefined): string {
  return `${PREFIX}${form}.${id ?? 'new'}`;
}

export function loadDraft<T extends object>(key: string, defaults: T): Draft<T> | null {
  let raw: string | null;
  try {
    raw = localStorage.getItem(key);
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Partial<Draft<T>> | null;
    if (!parsed || typeof parsed !== 'object' || !parsed.form || typeof parsed.form !== 'object')
      return null;
    return {
      savedAt: typeof parsed.savedAt === 'string' ? parsed.savedAt : new Date().toISOString(),
      baseVersion: typeof parsed.baseVersion === 'number' ? parsed.baseVersion : null,
      idempotencyKey: typeof parsed.idempotencyKey === 'string' ? parsed.idempotencyKey : null,
      // Fields added since the draft was written take their defaults.
      form: { ...defaults, ...parsed.form },
    };
  } catch {
    return null;
  }
}

export function saveDraft<T>(key: string, draft: Draft<T>): void {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form still works, only the draft is not kept.
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // nothing to clear
  }
}
