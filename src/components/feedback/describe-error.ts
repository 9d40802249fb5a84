import type { TFunction } from 'i18next';
import { ApiError, ContractError, NetworkError, TimeoutError } from '@/api/errors';

/** A sentence a user can act on, for any failure the query layer can produce. */
export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof NetworkError) return t('error.network', { ns: 'common' });
  if (error instanceof TimeoutError)
    return t('error.timeout', { ns: 'common', seconds: Math.round(error.timeoutMs / 1000) });
  if (error instanceof ApiError)
    return t('error.server', { ns: 'common', status: error.status, message: error.message });
  if (error instanceof ContractError)
    return t('error.contract', { ns: 'common', field: error.field });
  const message = error instanceof Error ? error.message : String(error);
  return t('error.unknown', { ns: 'common', message });
}
