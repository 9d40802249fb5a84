/**
 * The name of the person recording, set once and remembered on this computer. Every write
 * carries it (X-User-Name), so records show who created and changed them.
 */
import { setActor } from '@/api/client';

export const USER_NAME_KEY = 'relief.userName';
export const MAX_USER_NAME = 100;

const listeners = new Set<() => void>();

export function readUserName(): string {
  try {
    return (localStorage.getItem(USER_NAME_KEY) ?? '').slice(0, MAX_USER_NAME);
  } catch {
    return '';
  }
}

let current = readUserName();
setActor(current);

export function writeUserName(name: string): void {
  current = name.trim().slice(0, MAX_USER_NAME);
  try {
    if (current) localStorage.setItem(USER_NAME_KEY, current);
    else localStorage.removeItem(USER_NAME_KEY);
  } catch {
    // private mode: the name lasts for this visit
  }
  setActor(current);
  for (const l of listeners) l();
}

export const userName = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: () => current,
  /** Re-read storage (tests clear it between cases; another tab may change it). */
  refresh() {
    const stored = readUserName();
    if (stored !== current) {
      current = stored;
      setActor(current);
      for (const l of listeners) l();
    }
  },
};
