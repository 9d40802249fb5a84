/**
 * The API contract: the single source of the app's data types.
 *
 * Every response is parsed against these schemas by the HTTP client, and the embedded
 * backend (mocks/) builds its answers from the same schemas, so the two cannot drift apart.
 * docs/api.md describes the same contract for people writing a real server.
 */
import { z } from 'zod';

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

/** Calendar day in Beijing time, `YYYY-MM-DD`. Relief work is reported by day, not by instant. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date_format')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'date_invalid');
export type IsoDate = z.infer<typeof isoDateSchema>;

export const timestampSchema = z.string().datetime({ offset: true });

/** Beijing's admin codes run 110101–110119 (some numbers are unused). */
export const districtCodeSchema = z.string().regex(/^1101\d{2}$/, 'district_code');
export type DistrictCode = z.infer<typeof districtCodeSchema>;

/** Names exist in Chinese; English is optional for records staff type in. */
export const localizedTextSchema = z.object({
  zh: z.string().min(1, 'required').max(500, 'too_long'),
  en: z.string().max(500, 'too_long').default(''),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** Where a record comes from. The UI must never present an illustrative record as reported. */
export const provenanceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('reported'),
    /** Identifier of the source document, e.g. `union-relief-report-2023-08`. */
    source: z.string().min(1, 'required'),
    /** The words of the source that the record rests on. */
    quote: z.string().min(1, 'required').max(2000, 'too_long'),
  }),
  z.object({
    kind: z.literal('illustrative'),
    /** Why the record exists (e.g. "demo amount; the report gives none"). */
    note: z.string().max(2000, 'too_long').default(''),
  }),
  z.object({
    kind: z.literal('entered'),
    /** Recorded by union staff in the dashboard or imported from their spreadsheets. */
    note: z.string().max(2000, 'too_long').default(''),
  }),
]);
export type Provenance = z.infer<typeof provenanceSchema>;
export const provenanceKinds = ['reported', 'illustrative', 'entered'] as const;
export type ProvenanceKind = (typeof provenanceKinds)[number];

/**
 * A figure and how we know it. A record can be reported while one of its figures is not
 * (the report names the Fangshan funds but gives no amount): the basis says which.
 */
export const figureBasisSchema = z.enum(['reported', 'illustrative', 'entered']);
export type FigureBasis = z.infer<typeof figureBasisSchema>;

const nonNegativeFinite = z.number().finite('number_finite').nonnegative('number_nonnegative');

export const countFigureSchema = z.object({
  value: nonNegativeFinite.int('number_integer').max(100_000_000, 'number_too_large'),
  basis: figureBasisSchema,
  /** "2,800 余人": the report gives a lower bound. */
  atLeast: z.boolean().default(false),
});
export type CountFigure = z.infer<typeof countFigureSchema>;

export const moneyFigureSchema = z.object({
  /** Amount in yuan (CNY). */
  yuan: nonNegativeFinite.max(1e12, 'number_too_large'),
  basis: figureBasisSchema,
});
export type MoneyFigure = z.infer<typeof moneyFigureSchema>;

const auditFields = {
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  createdBy: z.string().max(100),
  updatedBy: z.string().max(100),
  /** Increases on every change; updates must send the version they started from. */
  version: z.number().int().positive(),
};

// ---------------------------------------------------------------------------------------------
// Resources
// ---------------------------------------------------------------------------------------------

export const districtSchema = z.object({
  code: districtCodeSchema,
  name: localizedTextSchema,
  /** [longitude, latitude] inside the district, for its label. */
  labelPoint: z.tuple([z.number(), z.number()]),
});
export type District = z.infer<typeof districtSchema>;

export const siteKinds = [
  'town',
  'village',
  'street',
  'company',
  'brigade',
  'farm',
  'work_area',
  'venue',
  'office',
] as const;
export const siteKindSchema = z.enum(siteKinds);
export type SiteKind = z.infer<typeof siteKindSchema>;

/** How much to trust a site's point. */
export const locationPrecisions = ['exact', 'approximate', 'district'] as const;
export const siteLocationSchema = z.object({
  /** WGS-84 degrees (see docs/api.md, "Datums"). */
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  precision: z.enum(locationPrecisions),
});
export type SiteLocation = z.infer<typeof siteLocationSchema>;

export const siteSchema = z.object({
  id: z.string().min(1),
  name: localizedTextSchema,
  kind: siteKindSchema,
  districtCode: districtCodeSchema,
  location: siteLocationSchema.nullable(),
  provenance: provenanceSchema,
});
export type Site = z.infer<typeof siteSchema>;

/**
 * An id the client chooses for a record it creates, so that records made offline can refer to
 * it before it reaches the server (a visit at a site added on the same trip).
 */
export const clientIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{7,99}$/, 'id_format');

/**
 * What staff send to add a site (`POST /sites`). The server assigns the id, unless the client
 * sends its own (`id`, see docs/api.md "Client-chosen ids").
 */
export const siteInputSchema = z.object({
  id: clientIdSchema.optional(),
  name: localizedTextSchema,
  kind: siteKindSchema,
  districtCode: districtCodeSchema,
  location: siteLocationSchema.nullable().default(null),
  provenance: provenanceSchema,
});
export type SiteInput = z.input<typeof siteInputSchema>;

export const organizationKinds = [
  'municipal_federation',
  'district_federation',
  'industry_union',
  'enterprise_union',
  'foundation',
  'mutual_aid',
  'government',
] as const;
export const organizationKindSchema = z.enum(organizationKinds);
export type OrganizationKind = z.infer<typeof organizationKindSchema>;

export const organizationSchema = z.object({
  id: z.string().min(1),
  name: localizedTextSchema,
  kind: organizationKindSchema,
  districtCode: districtCodeSchema.nullable(),
  provenance: provenanceSchema,
});
export type Organization = z.infer<typeof organizationSchema>;

export const activityTypes = [
  'condolence_visit',
  'fund_delivery',
  'goods_delivery',
  'heat_relief',
  'reconstruction',
  'training',
  'competition',
] as const;
export const activityTypeSchema = z.enum(activityTypes);
export type ActivityType = z.infer<typeof activityTypeSchema>;

export const goodsKinds = [
  'water',
  'food',
  'cooling_pack',
  'medicine_kit',
  'condolence_goods',
  'cleanup_supplies',
  'other',
] as const;
export const goodsKindSchema = z.enum(goodsKinds);
export type GoodsKind = z.infer<typeof goodsKindSchema>;

export const goodsLineSchema = z.object({
  kind: goodsKindSchema,
  /** null: the report says the goods were delivered but not how many. */
  quantity: nonNegativeFinite.max(1e9, 'number_too_large').nullable(),
  /** Free text, e.g. 箱 / boxes, 份 / packs. */
  unit: z.string().max(20, 'too_long').default(''),
  basis: figureBasisSchema,
});
export type GoodsLine = z.infer<typeof goodsLineSchema>;

export const leaderSchema = z.object({
  name: z.string().min(1, 'required').max(100, 'too_long'),
  role: z.string().max(200, 'too_long').default(''),
});
export type Leader = z.infer<typeof leaderSchema>;

/** What staff send to create or replace an activity. */
export const activityInputSchema = z
  .object({
    date: isoDateSchema,
    /** Last day for work that spans several days (a 4-day training). */
    endDate: isoDateSchema.nullable().default(null),
    type: activityTypeSchema,
    title: localizedTextSchema,
    organizationId: z.string().min(1, 'required'),
    partnerOrganizationIds: z.array(z.string().min(1)).max(50).default([]),
    leaders: z.array(leaderSchema).max(50).default([]),
    districtCodes: z.array(districtCodeSchema).max(16).default([]),
    siteIds: z.array(z.string().min(1)).max(200).default([]),
    workersServed: countFigureSchema.nullable().default(null),
    /** Other counts the report gives (units, unions, townships), with their meaning. */
    otherCounts: z
      .array(
        z.object({
          label: localizedTextSchema,
          figure: countFigureSchema,
        }),
      )
      .max(20)
      .default([]),
    goods: z.array(goodsLineSchema).max(50).default([]),
    cash: moneyFigureSchema.nullable().default(null),
    notes: z.string().max(10_000, 'too_long').default(''),
    provenance: provenanceSchema,
  })
  .refine((a) => a.endDate === null || a.endDate >= a.date, {
    message: 'end_before_start',
    path: ['endDate'],
  });
export type ActivityInput = z.input<typeof activityInputSchema>;
export type ActivityInputParsed = z.output<typeof activityInputSchema>;

export const activitySchema = z.object({
  id: z.string().min(1),
  date: isoDateSchema,
  endDate: isoDateSchema.nullable(),
  type: activityTypeSchema,
  title: localizedTextSchema,
  organizationId: z.string().min(1),
  partnerOrganizationIds: z.array(z.string()),
  leaders: z.array(leaderSchema),
  districtCodes: z.array(districtCodeSchema),
  siteIds: z.array(z.string()),
  workersServed: countFigureSchema.nullable(),
  otherCounts: z.array(z.object({ label: localizedTextSchema, figure: countFigureSchema })),
  goods: z.array(goodsLineSchema),
  cash: moneyFigureSchema.nullable(),
  notes: z.string(),
  provenance: provenanceSchema,
  ...auditFields,
});
export type Activity = z.infer<typeof activitySchema>;

export const fundStatuses = ['planned', 'allocated', 'disbursed'] as const;
export const fundStatusSchema = z.enum(fundStatuses);
export type FundStatus = z.infer<typeof fundStatusSchema>;

export const fundAllocationInputSchema = z.object({
  date: isoDateSchema,
  sourceOrganizationId: z.string().min(1, 'required'),
  /** The district the money is for (its federation, or work in it). */
  recipientDistrictCode: districtCodeSchema.nullable().default(null),
  /** The receiving organization, when the report names one. */
  recipientOrganizationId: z.string().min(1).nullable().default(null),
  /** null: the report says money went but not how much. */
  amount: moneyFigureSchema.nullable().default(null),
  purpose: localizedTextSchema,
  status: fundStatusSchema.default('allocated'),
  provenance: provenanceSchema,
});
export type FundAllocationInput = z.input<typeof fundAllocationInputSchema>;

export const fundAllocationSchema = z.object({
  id: z.string().min(1),
  date: isoDateSchema,
  sourceOrganizationId: z.string().min(1),
  recipientDistrictCode: districtCodeSchema.nullable(),
  recipientOrganizationId: z.string().nullable(),
  amount: moneyFigureSchema.nullable(),
  purpose: localizedTextSchema,
  status: fundStatusSchema,
  provenance: provenanceSchema,
  ...auditFields,
});
export type FundAllocation = z.infer<typeof fundAllocationSchema>;

// ---------------------------------------------------------------------------------------------
// Lists, filters, summary
// ---------------------------------------------------------------------------------------------

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    /** Number of records matching the filters, across all pages. */
    total: z.number().int().nonnegative(),
    offset: z.number().int().nonnegative(),
    limit: z.number().int().positive(),
  });

/** Filters shared by every list and the summary. Arrays are sent as repeated query parameters. */
export interface RecordFilters {
  from?: IsoDate | undefined;
  to?: IsoDate | undefined;
  districts?: readonly DistrictCode[] | undefined;
  types?: readonly ActivityType[] | undefined;
  organizations?: readonly string[] | undefined;
  /**
   * true: leave out illustrative records, and count only the reported or entered figures of
   * the rest ("facts only").
   */
  excludeIllustrative?: boolean | undefined;
}

export interface ListParams extends RecordFilters {
  /**
   * Activities only: those that delivered goods of any of these kinds (with "facts only", a
   * delivery whose figures are illustrative does not count). Other lists ignore it.
   */
  goodsKinds?: readonly GoodsKind[] | undefined;
  q?: string | undefined;
  offset?: number | undefined;
  limit?: number | undefined;
  sort?: string | undefined;
}

/** A total split by how it is known, so the UI can mark figures that include illustrative data. */
export const splitSchema = z.object({
  reported: z.number().nonnegative(),
  illustrative: z.number().nonnegative(),
  entered: z.number().nonnegative(),
});
export type Split = z.infer<typeof splitSchema>;

export const summarySchema = z.object({
  asOf: timestampSchema,
  totals: z.object({
    fundsYuan: splitSchema,
    /** Allocations known to exist whose amount is not given. */
    fundAllocationsWithoutAmount: z.number().int().nonnegative(),
    workersServed: splitSchema,
    activities: splitSchema,
    districtsVisited: z.number().int().nonnegative(),
    goodsQuantity: splitSchema,
  }),
  byDistrict: z.array(
    z.object({
      districtCode: districtCodeSchema,
      fundsYuan: splitSchema,
      workersServed: splitSchema,
      activities: splitSchema,
    }),
  ),
  bySource: z.array(
    z.object({
      organizationId: z.string(),
      fundsYuan: splitSchema,
      allocations: z.number().int().nonnegative(),
    }),
  ),
  byType: z.array(
    z.object({
      type: activityTypeSchema,
      activities: splitSchema,
      workersServed: splitSchema,
    }),
  ),
  byDay: z.array(
    z.object({
      date: isoDateSchema,
      activities: splitSchema,
      fundsYuan: splitSchema,
      workersServed: splitSchema,
    }),
  ),
  byGoodsKind: z.array(
    z.object({
      kind: goodsKindSchema,
      /** Deliveries of this kind, counted whether or not a quantity is given. */
      deliveries: splitSchema,
      quantity: splitSchema,
    }),
  ),
});
export type Summary = z.infer<typeof summarySchema>;

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

export const apiErrorCodes = [
  'validation_failed',
  'not_found',
  'version_conflict',
  'bad_request',
  'internal',
] as const;

export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** For validation_failed: one entry per offending field. */
    issues: z
      .array(
        z.object({
          path: z.array(z.union([z.string(), z.number()])),
          message: z.string(),
          /** For batch writes: which item of `items` the issue is about (`path` is within it). */
          index: z.number().int().nonnegative().optional(),
        }),
      )
      .optional(),
    /** For version_conflict: the record as it is now on the server. */
    current: z.unknown().optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

export const API_PREFIX = '/api/v1';

// ---------------------------------------------------------------------------------------------
// Boundaries
// ---------------------------------------------------------------------------------------------

/**
 * A ring's [longitude, latitude] positions, checked in one loop: a zod tuple for each of the 16
 * districts' 9,000 positions made this the costliest check of the first screen (a first parse
 * took 30 ms in Node, 4 ms this way).
 */
const isPositionList = (value: unknown): value is [number, number][] =>
  Array.isArray(value) &&
  value.every(
    (position) =>
      Array.isArray(position) &&
      position.length === 2 &&
      Number.isFinite(position[0]) &&
      Number.isFinite(position[1]),
  );
const ring = z.custom<[number, number][]>(isPositionList, {
  message: 'expected a list of [longitude, latitude] positions',
});
export const districtBoundariesSchema = z.object({
  type: z.literal('FeatureCollection'),
  /** Credit line for the boundary data; shown on the map. */
  attribution: z.string(),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ adcode: districtCodeSchema, name: z.string(), name_en: z.string() }),
      geometry: z.discriminatedUnion('type', [
        z.object({ type: z.literal('Polygon'), coordinates: z.array(ring) }),
        z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring)) }),
      ]),
    }),
  ),
});
export type DistrictBoundaries = z.infer<typeof districtBoundariesSchema>;

// ---------------------------------------------------------------------------------------------
// Per-site aggregate (the map's markers)
// ---------------------------------------------------------------------------------------------

/**
 * One visited site on the map: only what a marker needs. The map asks for every site of the
 * scope on each filter change (5,000 at the generator's scale), so what only a popup shows comes
 * from `GET /sites/{id}/summary` when that popup opens.
 */
export const siteSummaryRowSchema = z.object({
  siteId: z.string().min(1),
  /** Activities in scope at this site. */
  activities: z.number().int().nonnegative(),
  /** The most frequent activity type there (the marker's colour). */
  mainType: activityTypeSchema,
});
export type SiteSummaryRow = z.infer<typeof siteSummaryRowSchema>;

const activityTypeSet: ReadonlySet<unknown> = new Set(activityTypes);

/** The row schema's rules, as one plain test (see `siteSummaryRows`). */
function isSiteSummaryRow(row: unknown): row is SiteSummaryRow {
  if (typeof row !== 'object' || row === null) return false;
  const r = row as Record<string, unknown>;
  return (
    typeof r.siteId === 'string' &&
    r.siteId.length > 0 &&
    // zod's `.int()` takes safe integers only.
    Number.isSafeInteger(r.activities) &&
    (r.activities as number) >= 0 &&
    activityTypeSet.has(r.mainType)
  );
}

/**
 * The map's rows, checked in one loop with the row schema's rules: every filter change brings
 * every site of the scope (up to 5,000 rows at the generator's scale), and zod's check of each
 * row as an object was the costliest part of reading that answer. A bad row is then checked by
 * the row schema itself, so the message and its path (`sites.12.activities`) are zod's own. Rows
 * come back as sent (keys the schema does not know are kept, not stripped).
 */
const siteSummaryRows = z.custom<SiteSummaryRow[]>().check((ctx) => {
  const rows = ctx.value;
  if (!Array.isArray(rows)) {
    ctx.issues.push({ code: 'custom', message: 'expected a list of sites', input: rows });
    return;
  }
  for (let i = 0; i < rows.length; i++) {
    if (isSiteSummaryRow(rows[i])) continue;
    const result = siteSummaryRowSchema.safeParse(rows[i]);
    // The row schema has the last word: a row it accepts does not stop the check of the rest.
    if (result.success) continue;
    for (const issue of result.error.issues) {
      ctx.issues.push({
        code: 'custom',
        message: issue.message,
        path: [i, ...issue.path],
        input: rows[i],
      });
    }
    return;
  }
});

export const siteSummarySchema = z.object({
  asOf: timestampSchema,
  sites: siteSummaryRows,
});
export type SiteSummary = z.infer<typeof siteSummarySchema>;

/** One site in detail: what happened there within the filters (its popup). */
export const siteDetailRowSchema = z.object({
  siteId: z.string().min(1),
  activities: z.number().int().positive(),
  workersServed: splitSchema,
  firstDate: isoDateSchema,
  lastDate: isoDateSchema,
  /** Lead and partner organizations of those activities, sorted. */
  organizationIds: z.array(z.string()),
  /** Activity types seen there, most frequent first. */
  types: z.array(activityTypeSchema).min(1),
});
export type SiteDetailRow = z.infer<typeof siteDetailRowSchema>;

/** `site` is null where no activity in scope took place at the site. */
export const siteDetailSchema = z.object({
  asOf: timestampSchema,
  site: siteDetailRowSchema.nullable(),
});
export type SiteDetail = z.infer<typeof siteDetailSchema>;

// ---------------------------------------------------------------------------------------------
// Import: many activities at once, organizations named in a spreadsheet
// ---------------------------------------------------------------------------------------------

/** Most activities one `POST /activities/batch` may carry. */
export const ACTIVITY_BATCH_MAX = 5000;

/** `POST /activities/batch`: all items are created, or none (422 with per-item issues). */
export const activityBatchInputSchema = z.object({
  items: z.array(activityInputSchema).min(1, 'required').max(ACTIVITY_BATCH_MAX, 'too_many'),
});
export type ActivityBatchInput = z.input<typeof activityBatchInputSchema>;

export const activityBatchResultSchema = z.object({
  created: z.number().int().nonnegative(),
  /** Ids of the created activities, in the order of `items`. */
  ids: z.array(z.string().min(1)),
});
export type ActivityBatchResult = z.infer<typeof activityBatchResultSchema>;

/** Most fund allocations one `POST /funds/batch` may carry. */
export const FUND_BATCH_MAX = 5000;

/** `POST /funds/batch`: like the activity batch, all items are created or none. */
export const fundBatchInputSchema = z.object({
  items: z.array(fundAllocationInputSchema).min(1, 'required').max(FUND_BATCH_MAX, 'too_many'),
});
export type FundBatchInput = z.input<typeof fundBatchInputSchema>;
/** Same answer as the activity batch: `{ created, ids }`. */
export const fundBatchResultSchema = activityBatchResultSchema;
export type FundBatchResult = ActivityBatchResult;

/** What staff send to add an organization (`POST /organizations`); the server assigns the id. */
export const organizationInputSchema = z.object({
  name: localizedTextSchema,
  kind: organizationKindSchema,
  districtCode: districtCodeSchema.nullable().default(null),
  provenance: provenanceSchema,
});
export type OrganizationInput = z.input<typeof organizationInputSchema>;

// ---------------------------------------------------------------------------------------------
// Embedded demo backend
// ---------------------------------------------------------------------------------------------

/** `GET /demo/status`: how the browser's demo store opened. */
export const demoStatusSchema = z.object({
  /** `memory`: nothing entered now survives a reload. */
  storage: z.enum(['indexeddb', 'memory']),
  /** Version of the stored shape, when stored in the browser. */
  schemaVersion: z.number().int().positive().nullable(),
  /** Stored records set aside (kept, not shown) because they failed this contract. */
  quarantined: z.number().int().nonnegative(),
  /** Why the browser database is not used, when it should have been. */
  problem: z.string().nullable(),
});
export type DemoStatus = z.infer<typeof demoStatusSchema>;
