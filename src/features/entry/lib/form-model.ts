/**
 * The forms' state: text as typed (so nothing is lost or reformatted while typing), turned into
 * the contract's input only when validating or saving. Figures keep their basis unless the user
 * changes them, which makes them `entered`.
 */
import type {
  Activity,
  ActivityInput,
  ActivityType,
  FigureBasis,
  FundAllocation,
  FundAllocationInput,
  FundStatus,
  GoodsKind,
  Provenance,
  ProvenanceKind,
} from '@/api/contract';
import { numberToInput, parseNumberInput } from './numbers';

export interface ProvenanceForm {
  kind: ProvenanceKind;
  note: string;
  source: string;
  quote: string;
}

export interface GoodsLineForm {
  kind: GoodsKind;
  quantity: string;
  unit: string;
  basis: FigureBasis;
}

export interface ActivityForm {
  date: string;
  endDate: string;
  type: ActivityType;
  titleZh: string;
  titleEn: string;
  organizationId: string;
  leaders: { name: string; role: string }[];
  districtCodes: string[];
  siteIds: string[];
  workers: string;
  workersAtLeast: boolean;
  workersBasis: FigureBasis;
  goods: GoodsLineForm[];
  cash: string;
  cashBasis: FigureBasis;
  notes: string;
  provenance: ProvenanceForm;
  /** Carried through unchanged: not edited in this form. */
  partnerOrganizationIds: string[];
  otherCounts: Activity['otherCounts'];
}

export interface FundForm {
  date: string;
  sourceOrganizationId: string;
  recipientDistrictCode: string;
  recipientOrganizationId: string;
  amount: string;
  amountBasis: FigureBasis;
  purposeZh: string;
  purposeEn: string;
  status: FundStatus;
  provenance: ProvenanceForm;
}

export const emptyProvenance: ProvenanceForm = { kind: 'entered', note: '', source: '', quote: '' };

export function emptyActivityForm(): ActivityForm {
  return {
    date: '',
    endDate: '',
    type: 'condolence_visit',
    titleZh: '',
    titleEn: '',
    organizationId: '',
    leaders: [],
    districtCodes: [],
    siteIds: [],
    workers: '',
    workersAtLeast: false,
    workersBasis: 'entered',
    goods: [],
    cash: '',
    cashBasis: 'entered',
    notes: '',
    provenance: { ...emptyProvenance },
    partnerOrganizationIds: [],
    otherCounts: [],
  };
}

export function emptyFundForm(): FundForm {
  return {
    date: '',
    sourceOrganizationId: '',
    recipientDistrictCode: '',
    recipientOrganizationId: '',
    amount: '',
    amountBasis: 'entered',
    purposeZh: '',
    purposeEn: '',
    status: 'allocated',
    provenance: { ...emptyProvenance },
  };
}

export function toProvenance(p: ProvenanceForm): Provenance {
  switch (p.kind) {
    case 'reported':
      return { kind: 'reported', source: p.source.trim(), quote: p.quote.trim() };
    case 'illustrative':
      return { kind: 'illustrative', note: p.note };
    default:
      return { kind: 'entered', note: p.note };
  }
}

export function fromProvenance(p: Provenance): ProvenanceForm {
  return p.kind === 'reported'
    ? { kind: 'reported', note: '', source: p.source, quote: p.quote }
    : { kind: p.kind, note: p.note, source: '', quote: '' };
}

export function toActivityInput(f: ActivityForm): ActivityInput {
  const workers = parseNumberInput(f.workers);
  const cash = parseNumberInput(f.cash);
  return {
    date: f.date,
    endDate: f.endDate === '' ? null : f.endDate,
    type: f.type,
    title: { zh: f.titleZh.trim(), en: f.titleEn.trim() },
    organizationId: f.organizationId,
    partnerOrganizationIds: f.partnerOrganizationIds,
    leaders: f.leaders.map((l) => ({ name: l.name.trim(), role: l.role.trim() })),
    districtCodes: f.districtCodes,
    siteIds: f.siteIds,
    workersServed:
      workers === null
        ? null
        : { value: workers, basis: f.workersBasis, atLeast: f.workersAtLeast },
    otherCounts: f.otherCounts,
    goods: f.goods.map((g) => ({
      kind: g.kind,
      quantity: parseNumberInput(g.quantity),
      unit: g.unit.trim(),
      basis: g.basis,
    })),
    cash: cash === null ? null : { yuan: cash, basis: f.cashBasis },
    notes: f.notes,
    provenance: toProvenance(f.provenance),
  };
}

export function activityToForm(a: Activity): ActivityForm {
  return {
    date: a.date,
    endDate: a.endDate ?? '',
    type: a.type,
    titleZh: a.title.zh,
    titleEn: a.title.en,
    organizationId: a.organizationId,
    leaders: a.leaders.map((l) => ({ ...l })),
    districtCodes: [...a.districtCodes],
    siteIds: [...a.siteIds],
    workers: numberToInput(a.workersServed?.value),
    workersAtLeast: a.workersServed?.atLeast ?? false,
    workersBasis: a.workersServed?.basis ?? 'entered',
    goods: a.goods.map((g) => ({
      kind: g.kind,
      quantity: numberToInput(g.quantity),
      unit: g.unit,
      basis: g.basis,
    })),
    cash: numberToInput(a.cash?.yuan),
    cashBasis: a.cash?.basis ?? 'entered',
    notes: a.notes,
    provenance: fromProvenance(a.provenance),
    partnerOrganizationIds: [...a.partnerOrganizationIds],
    otherCounts: a.otherCounts,
  };
}

export function toFundInput(f: FundForm): FundAllocationInput {
  const amount = parseNumberInput(f.amount);
  return {
    date: f.date,
    sourceOrganizationId: f.sourceOrganizationId,
    recipientDistrictCode: f.recipientDistrictCode === '' ? null : f.recipientDistrictCode,
    recipientOrganizationId: f.recipientOrganizationId === '' ? null : f.recipientOrganizationId,
    amount: amount === null ? null : { yuan: amount, basis: f.amountBasis },
    purpose: { zh: f.purposeZh.trim(), en: f.purposeEn.trim() },
    status: f.status,
    provenance: toProvenance(f.provenance),
  };
}

export function fundToForm(x: FundAllocation): FundForm {
  return {
    date: x.date,
    sourceOrganizationId: x.sourceOrganizationId,
    recipientDistrictCode: x.recipientDistrictCode ?? '',
    recipientOrganizationId: x.recipientOrganizationId ?? '',
    amount: numberToInput(x.amount?.yuan),
    amountBasis: x.amount?.basis ?? 'entered',
    purposeZh: x.purpose.zh,
    purposeEn: x.purpose.en,
    status: x.status,
    provenance: fromProvenance(x.provenance),
  };
}

/** Human label of a queued or deleted record (its title or purpose). */
export function inputLabel(input: ActivityInput | FundAllocationInput): string {
  if ('title' in input) return input.title.zh || input.title.en || '';
  return input.purpose.zh || input.purpose.en || '';
}
