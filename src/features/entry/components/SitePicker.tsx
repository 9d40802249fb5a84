import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { siteInputSchema, siteKinds, locationPrecisions, type SiteKind } from '@/api/contract';
import { describeError } from '@/components/feedback/describe-error';
import { referenceQueries } from '@/api/resources/reference';
import { useCreateSite } from '@/api/mutations';
import { useI18n } from '@/i18n';
import { localName } from '@/i18n/localized';
import { newIdempotencyKey, newSiteId } from '../lib/ids';
import { numberToInput, parseNumberInput } from '../lib/numbers';
import { outbox } from '../lib/outbox';
import { isOnline, isUnreachable } from '../lib/outbox-sync';
import { pendingSites } from '../lib/pending-sites';
import { toFieldErrors, type FieldErrors } from '../lib/validation';
import { CheckboxGroup, SelectField, TextField, useErrorText } from './fields';
import '../i18n';

const SiteMap = lazy(() => import('./SiteMap').then((m) => ({ default: m.SiteMap })));

interface NewSite {
  zh: string;
  en: string;
  kind: SiteKind;
  districtCode: string;
  lon: string;
  lat: string;
  precision: (typeof locationPrecisions)[number];
}

function NewSiteForm({
  districtCodes,
  onCreated,
  onCancel,
}: {
  districtCodes: readonly string[];
  onCreated: (id: string) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n('entry');
  const districts = useQuery(referenceQueries.districts());
  const create = useCreateSite();
  const [site, setSite] = useState<NewSite>({
    zh: '',
    en: '',
    kind: 'town',
    districtCode: districtCodes[0] ?? '',
    lon: '',
    lat: '',
    precision: 'approximate',
  });
  const [key] = useState(newIdempotencyKey);
  // Chosen here, so an activity can refer to the site while it waits in the outbox (offline).
  const [id] = useState(newSiteId);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState('');
  const err = useErrorText(errors);

  const toInput = () => {
    const lon = parseNumberInput(site.lon);
    const lat = parseNumberInput(site.lat);
    return {
      id,
      name: { zh: site.zh.trim(), en: site.en.trim() },
      kind: site.kind,
      districtCode: site.districtCode,
      location:
        lon === null && lat === null
          ? null
          : { lon: lon ?? Number.NaN, lat: lat ?? Number.NaN, precision: site.precision },
      provenance: { kind: 'entered' as const, note: '' },
    };
  };

  async function save() {
    const input = toInput();
    const parsed = siteInputSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(toFieldErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    setMessage('');
    // No network: the site waits in the outbox, ahead of the activity that will name it.
    const queue = async () => {
      await outbox.add({
        resource: 'sites',
        op: 'create',
        recordId: id,
        version: null,
        idempotencyKey: key,
        input,
        label: input.name.zh,
      });
      onCreated(id);
    };
    if (!isOnline()) {
      await queue();
      return;
    }
    try {
      const created = await create.mutateAsync({ input, options: { idempotencyKey: key } });
      onCreated(created.id);
    } catch (e) {
      if (isUnreachable(e)) {
        await queue();
        return;
      }
      const issues =
        e && typeof e === 'object' && 'body' in e
          ? ((
              e as {
                body: {
                  error: { issues?: { path: (string | number)[]; message: string }[] };
                } | null;
              }
            ).body?.error.issues ?? [])
          : [];
      setErrors(toFieldErrors(issues));
      setMessage(describeError(e, t));
    }
  }

  const districtOptions = (districts.data ?? []).map((d) => ({
    value: d.code,
    label: localName(d.name, lang),
  }));
  const point =
    parseNumberInput(site.lon) !== null && parseNumberInput(site.lat) !== null
      ? { lon: parseNumberInput(site.lon) as number, lat: parseNumberInput(site.lat) as number }
      : null;

  return (
    <div className="entry-newsite" role="group" aria-labelledby="entry-newsite-title">
      <h4 id="entry-newsite-title" className="entry-newsite__title">
        {t('site.newTitle')}
      </h4>
      <div className="entry-grid">
        <TextField
          path="newSite.name.zh"
          label={t('site.nameZh')}
          value={site.zh}
          onChange={(zh) => setSite({ ...site, zh })}
          error={err('name.zh')}
          required
        />
        <TextField
          path="newSite.name.en"
          label={t('site.nameEn')}
          value={site.en}
          onChange={(en) => setSite({ ...site, en })}
          error={err('name.en')}
        />
        <SelectField
          path="newSite.kind"
          label={t('site.kind')}
          value={site.kind}
          onChange={(kind) => setSite({ ...site, kind: kind as SiteKind })}
          options={siteKinds.map((k) => ({
            value: k,
            label: t(`siteKind.${k}`, { ns: 'common' }),
          }))}
          error={err('kind')}
        />
        <SelectField
          path="newSite.districtCode"
          label={t('site.district')}
          value={site.districtCode}
          onChange={(districtCode) => setSite({ ...site, districtCode })}
          options={districtOptions}
          placeholder={t('form.choose')}
          error={err('districtCode')}
          required
        />
      </div>
      <Suspense fallback={<p className="entry-field__hint">{t('site.mapLoading')}</p>}>
        <SiteMap
          point={point}
          districtCode={site.districtCode}
          onPick={(lon, lat) =>
            setSite((s) => ({ ...s, lon: numberToInput(lon), lat: numberToInput(lat) }))
          }
        />
      </Suspense>
      <div className="entry-grid">
        <TextField
          path="newSite.location.lon"
          label={t('site.lon')}
          value={site.lon}
          inputMode="decimal"
          onChange={(lon) => setSite({ ...site, lon })}
          error={err('location.lon')}
        />
        <TextField
          path="newSite.location.lat"
          label={t('site.lat')}
          value={site.lat}
          inputMode="decimal"
          onChange={(lat) => setSite({ ...site, lat })}
          error={err('location.lat')}
        />
        <SelectField
          path="newSite.location.precision"
          label={t('site.precision')}
          value={site.precision}
          onChange={(p) => setSite({ ...site, precision: p as NewSite['precision'] })}
          options={locationPrecisions.map((p) => ({ value: p, label: t(`site.precisions.${p}`) }))}
          error={err('location.precision')}
        />
      </div>
      {message && (
        <p className="entry-field__error" role="alert">
          {message}
        </p>
      )}
      <div className="entry-actions">
        <button
          type="button"
          className="button"
          disabled={create.isPending}
          onClick={() => void save()}
        >
          {create.isPending ? t('status.saving') : t('site.save')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </div>
  );
}

/** Sites of the chosen districts to tick, and a way to add one that is not there yet. */
export function SitePicker({
  districtCodes,
  siteIds,
  onChange,
  error,
}: {
  districtCodes: readonly string[];
  siteIds: readonly string[];
  onChange: (ids: string[]) => void;
  error: string | undefined;
}) {
  const { t, lang } = useI18n('entry');
  const sites = useQuery(referenceQueries.sites());
  const districts = useQuery(referenceQueries.districts());
  const queued = useSyncExternalStore(outbox.subscribe, outbox.getSnapshot);
  useEffect(() => void outbox.load(), []);
  const [adding, setAdding] = useState(false);
  const districtName = (code: string) => {
    const d = districts.data?.find((x) => x.code === code);
    return d ? localName(d.name, lang) : code;
  };
  const known = sites.data ?? [];
  const knownIds = new Set(known.map((s) => s.id));
  // Sites added offline are listed (marked) until the server has them.
  const waiting = pendingSites(queued).filter((s) => !knownIds.has(s.id));
  const waitingIds = new Set(waiting.map((s) => s.id));
  const shown = [...known, ...waiting].filter(
    (s) => siteIds.includes(s.id) || districtCodes.includes(s.districtCode),
  );
  return (
    <div className="entry-sites">
      <CheckboxGroup
        path="siteIds"
        legend={t('field.siteIds')}
        hint={districtCodes.length === 0 ? t('hint.sitesChooseDistrict') : undefined}
        options={shown.map((s) => ({
          value: s.id,
          label: localName(s.name, lang),
          detail: `${t(`siteKind.${s.kind}`, { ns: 'common' })} · ${districtName(s.districtCode)}${waitingIds.has(s.id) ? ` · ${t('site.queued')}` : ''}`,
        }))}
        selected={siteIds}
        onChange={onChange}
        error={error}
        empty={districtCodes.length > 0 ? t('hint.noSites') : undefined}
      />
      {adding ? (
        <NewSiteForm
          districtCodes={districtCodes}
          onCancel={() => setAdding(false)}
          onCreated={(id) => {
            onChange([...siteIds, id]);
            setAdding(false);
          }}
        />
      ) : (
        <button type="button" className="button button--ghost" onClick={() => setAdding(true)}>
          {t('site.add')}
        </button>
      )}
    </div>
  );
}
