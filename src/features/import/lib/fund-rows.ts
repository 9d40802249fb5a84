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
  mappedCells,
  organizationResolver,
  type ImportOptions,
  type ReferenceData,
  type RowIssue,
  type Validation,
  type ValidatedRow,
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

export function validateFundRows(
  rows: readonly (readonly string[])[],
  firstRowNumber: number,
  mapping: ColumnMapping,
  options: ImportOptions,
  reference: ReferenceData,
  onProgress: (done: number, total: number) => void = () => {},
): Validation<FundAllocationInput> {
  const organizations = organizationResolver(reference, options);
  const out: ValidatedRow<FundAllocationInput>[] = [];
  let valid = 0;
  let blank = 0;
  const provenance = { kind: 'entered' as const, note: importNote(options.fileName) };

  for (let r = 0; r < rows.length; r++) {
    if (r % 5000 === 0) onProgress(r, rows.length);
    const cells = mappedCells(rows[r]!, fundFields, mapping);
    if (!cells) {
      blank += 1;
      continue;
    }
    const issues: RowIssue[] = [];
    const cell = (f: FundField) => (cells[f] ?? '').trim();

    const date = parseDate(cell('date'), { defaultYear: options.defaultYear });
    if (!date.ok) issues.push({ field: 'date', code: date.error });

    let sourceOrganizationId = '';
    if (cell('source') === '') {
      if (options.defaultOrganizationId) sourceOrganizationId = options.defaultOrganizationId;
      else issues.push({ field: 'source', code: 'required' });
    } else {
      const o = organizations.resolve(cell('source'));
      if ('id' in o) sourceOrganizationId = o.id;
      else issues.push({ field: 'source', code: o.issue });
    }

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

    let input: FundAllocationInput | null = null;
    if (issues.length === 0) {
      const candidate: FundAllocationInput = {
        date: date.ok ? date.value : '',
        sourceOrganizationId,
        recipientDistrictCode,
        recipientOrganizationId,
        amount,
        purpose: { zh: cell('purpose'), en: '' },
        status,
        provenance,
      };
      const parsed = fundAllocationInputSchema.safeParse(candidate);
      if (parsed.success) input = candidate;
      else
        for (const issue of parsed.error.issues) {
          const head = issue.path[0];
          issues.push({
            field: (typeof head === 'string' && PATH_FIELDS[head]) || 'purpose',
            code: issue.message,
          });
        }
    }
    if (input) valid += 1;
    out.push({ rowNumber: firstRowNumber + r, cells, input, issues });
  }
  onProgress(rows.length, rows.length);
  return {
    rows: out,
    valid,
    invalid: out.length - valid,
    blank,
    newOrganizations: organizations.created(),
  };
}
