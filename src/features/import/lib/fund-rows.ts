/**
 * Spreadsheet rows → fund allocation inputs. Pure, like activity-rows: the contract's
 * fundAllocationInputSchema has the last word on every row (no second set of rules).
 */
import { fundAllocationInputSchema, type FundAllocationInput } from '@/api/contract';
import { parseAmount } from '@/lib/parse/amounts';
import { parseDate } from '@/lib/parse/dates';
import { parseDistricts } from '@/lib/parse/districts';
import {
  importNote,
  organizationResolver,
  validateSheet,
  type ImportOptions,
  type ReferenceData,
  type RowIssue,
  type Validation,
} from './activity-rows';
import { fundFields, recogniseFundStatus, type ColumnMapping, type FundField } from './fields';

const PATH_FIELDS: Record<string, FundField> = {
  date: 'date',
  sourceOrganizationId: 'source',
  recipientDistrictCode: 'district',
  recipientOrganizationId: 'recipientOrganization',
  amount: 'amount',
  purpose: 'purpose',
  status: 'status',
};

function fieldOfPath(path: readonly PropertyKey[]): FundField {
  const head = path[0];
  return (typeof head === 'string' && PATH_FIELDS[head]) || 'purpose';
}

export function validateFundRows(
  rows: readonly (readonly string[])[],
  firstRowNumber: number,
  mapping: ColumnMapping,
  options: ImportOptions,
  reference: ReferenceData,
  onProgress: (done: number, total: number) => void = () => {},
): Validation<FundAllocationInput> {
  const organizations = organizationResolver(reference, options);
  const provenance = { kind: 'entered' as const, note: importNote(options.fileName) };

  const readRow = (cell: (f: FundField) => string, issues: RowIssue[]): FundAllocationInput => {
    const date = parseDate(cell('date'), { defaultYear: options.defaultYear });
    if (!date.ok) issues.push({ field: 'date', code: date.error });

    let sourceOrganizationId = '';
    const source = organizations.resolveRequired(cell('source'));
    if ('id' in source) sourceOrganizationId = source.id;
    else issues.push({ field: 'source', code: source.issue });

    let recipientDistrictCode: string | null = null;
    if (cell('district') !== '') {
      const d = parseDistricts(cell('district'));
      if (!d.ok) issues.push({ field: 'district', code: d.error });
      else if (d.value.length > 1) issues.push({ field: 'district', code: 'district_multiple' });
      else recipientDistrictCode = d.value[0] ?? null;
    }

    let recipientOrganizationId: string | null = null;
    if (cell('recipientOrganization') !== '') {
      const o = organizations.resolve(cell('recipientOrganization'));
      if ('id' in o) recipientOrganizationId = o.id;
      else issues.push({ field: 'recipientOrganization', code: o.issue });
    }

    // An empty amount is allowed: the contract records "money went, amount not given" as null.
    let amount: FundAllocationInput['amount'] = null;
    if (cell('amount') !== '') {
      const a = parseAmount(cell('amount'), options.cashMultiplier);
      if (a.ok) amount = { yuan: a.value, basis: 'entered' };
      else issues.push({ field: 'amount', code: a.error });
    }

    let status: FundAllocationInput['status'] = 'allocated';
    if (cell('status') !== '') {
      const s = recogniseFundStatus(cell('status'));
      if (s) status = s;
      else issues.push({ field: 'status', code: 'status_unknown' });
    }

    return {
      date: date.ok ? date.value : '',
      sourceOrganizationId,
      recipientDistrictCode,
      recipientOrganizationId,
      amount,
      purpose: { zh: cell('purpose'), en: '' },
      status,
      provenance,
    };
  };

  return {
    ...validateSheet(
      rows,
      firstRowNumber,
      mapping,
      { fields: fundFields, readRow, schema: fundAllocationInputSchema, fieldOfPath },
      onProgress,
    ),
    newOrganizations: organizations.created(),
  };
}
