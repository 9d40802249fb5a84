import { afterEach, describe, expect, it } from 'vitest';
import { faultFor } from '@mocks/handlers/injected-faults';

afterEach(() => {
  delete globalThis.__reliefFaults;
});

describe('fault injection keys', () => {
  it('match path prefixes, the longest first, and exact paths with $', () => {
    globalThis.__reliefFaults = { '/api/v1/sites': 'error500', '/api/v1/sites/summary': 'delay' };
    expect(faultFor('GET', '/api/v1/sites/summary')).toBe('delay');
    expect(faultFor('GET', '/api/v1/sites/s-1')).toBe('error500');
    globalThis.__reliefFaults = { '/api/v1/sites$': 'network' };
    expect(faultFor('GET', '/api/v1/sites')).toBe('network');
    expect(faultFor('GET', '/api/v1/sites/summary')).toBeUndefined();
  });

  it('can name a method, so writes fail while reads still answer', () => {
    globalThis.__reliefFaults = { 'POST /api/v1/activities': 'network' };
    expect(faultFor('POST', '/api/v1/activities')).toBe('network');
    expect(faultFor('GET', '/api/v1/activities')).toBeUndefined();
    expect(faultFor('PUT', '/api/v1/activities/a-1')).toBeUndefined();
    globalThis.__reliefFaults = { 'POST /api/v1/sites$': 'error500', '/api/v1/sites': 'delay' };
    expect(faultFor('POST', '/api/v1/sites')).toBe('error500');
    expect(faultFor('GET', '/api/v1/sites')).toBe('delay');
  });

  it('are off when none is set', () => {
    expect(faultFor('GET', '/api/v1/summary')).toBeUndefined();
  });
});
