import { z } from 'zod';
import { fetchJson } from '../client';

/** Embedded demo backend only: put the seed data back. */
export const resetDemoData = () => fetchJson('/demo/reset', z.unknown(), { method: 'POST' });
