import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  activityInputSchema,
  activityTypes,
  goodsKinds,
  type Activity,
  type ActivityInput,
  type ActivityType,
  type GoodsKind,
} from '@/api/contract';
import { referenceQueries } from '@/api/resources/reference';
import { useI18n } from '@/i18n';
import { goodsUnit, measureWords } from '@/i18n/goods';
import { localName } from '@/i18n/localized';
import { describeActivity } from '../lib/describe';
import {
  activityToForm,
  emptyActivityForm,
  inputLabel,
  toActivityInput,
  type ActivityForm,
} from '../lib/form-model';
import { ACTIVITY_PATH } from '../paths';
import {
  AuditInfo,
  ConflictView,
  DraftNote,
  ProvenanceFields,
  SaveStatus,
  useDescribeContext,
} from './common';
import { DeleteRecord } from './DeleteRecord';
import { EntryPageHeader, UserNameHint } from './EntryPageHeader';
import {
  DateField,
  CheckboxGroup,
  ErrorSummary,
  SelectField,
  TextArea,
  TextField,
  useErrorText,
} from './fields';
import { SitePicker } from './SitePicker';
import { activitySpec, useSaveRecord } from './use-save';
import { useEditor } from './use-editor';
import '../i18n';
import './entry.css';

function labelOf(t: (k: string, o?: Record<string, unknown>) => string) {
  return (path: string): string => {
    const [head, index, leaf] = path.split('.');
    const n = Number(index) + 1;
    switch (head) {
      case 'title':
        return t(index === 'en' ? 'field.titleEn' : 'field.titleZh');
      case 'workersServed':
        return t('field.workers');
      case 'cash':
        return t('field.cash');
      case 'goods':
        return `${t('field.goodsLine', { n })} · ${t(leaf === 'unit' ? 'field.goodsUnit' : leaf === 'kind' ? 'field.goodsKind' : 'field.goodsQuantity')}`;
      case 'leaders':
        return `${t('field.leaderLine', { n })} · ${t(leaf === 'role' ? 'field.leaderRole' : 'field.leaderName')}`;
      case 'provenance':
        return t(
          index === 'quote'
            ? 'field.provenanceQuote'
            : index === 'source'
              ? 'field.provenanceSource'
              : 'field.provenanceNote',
        );
      default:
        return head ? t(`field.${head}`) : t('field.record');
    }
  };
}

export function ActivityEditor({ record }: { record: Activity | null }) {
  const { t, lang } = useI18n('entry');
  const saver = useSaveRecord(activitySpec);
  const config = {
    formKind: 'activity' as const,
    record,
    empty: emptyActivityForm,
    toForm: activityToForm,
    toInput: toActivityInput,
    schema: activityInputSchema,
    label: (i: ActivityInput) => inputLabel(i),
    editPath: (id: string) => `${ACTIVITY_PATH}/${encodeURIComponent(id)}`,
    saver,
  };
  const editor = useEditor<ActivityForm, ActivityInput, Activity>(config);
  const { form, change, errors, status } = editor;
  const err = useErrorText(errors);
  const organizations = useQuery(referenceQueries.organizations());
  const districts = useQuery(referenceQueries.districts());
  const describe = useDescribeContext();
  // Offered as the unit is typed: the Chinese measure word is stored (so both languages name
  // it), with its English name beside it in English.
  const commonT = useI18n().t;
  const unitSuggestions = useMemo(
    () =>
      measureWords.map((word) => {
        const name = goodsUnit(word, 2, commonT);
        return { value: word, label: name === word ? undefined : name };
      }),
    [commonT],
  );

  const set = <K extends keyof ActivityForm>(k: K, v: ActivityForm[K]) =>
    change((f) => ({ ...f, [k]: v }));

  const title = record ? t('page.activityEdit') : t('page.activityNew');
  return (
    <div className="entry-page">
      <EntryPageHeader title={title} current="activity" isNew={!record} />
      {editor.restoredAt && (
        <DraftNote savedAt={editor.restoredAt} onDiscard={editor.discardDraft} />
      )}
      <ErrorSummary
        errors={errors}
        labelOf={labelOf(t)}
        message={status.kind === 'error' ? status.message : undefined}
        summaryRef={editor.summaryRef}
      />
      <form
        className="entry-form"
        noValidate
        aria-labelledby="entry-page-title"
        onSubmit={(e) => {
          e.preventDefault();
          void editor.submit();
        }}
      >
        <div className="entry-form__main">
          <fieldset className="entry-section">
            <legend className="entry-section__title">{t('section.basics')}</legend>
            <div className="entry-grid">
              <DateField
                path="date"
                label={t('field.date')}
                value={form.date}
                onChange={(v) => set('date', v)}
                error={err('date')}
                required
              />
              <DateField
                path="endDate"
                label={t('field.endDate')}
                hint={t('hint.endDate')}
                value={form.endDate}
                onChange={(v) => set('endDate', v)}
                error={err('endDate')}
              />
              <SelectField
                path="type"
                label={t('field.type')}
                value={form.type}
                onChange={(v) => set('type', v as ActivityType)}
                options={activityTypes.map((a) => ({
                  value: a,
                  label: t(`activityType.${a}`, { ns: 'common' }),
                }))}
                error={err('type')}
                required
              />
              <SelectField
                path="organizationId"
                label={t('field.organizationId')}
                value={form.organizationId}
                onChange={(v) => set('organizationId', v)}
                options={(organizations.data ?? []).map((o) => ({
                  value: o.id,
                  label: localName(o.name, lang),
                }))}
                placeholder={organizations.isPending ? t('form.loading') : t('form.choose')}
                error={err('organizationId')}
                required
              />
            </div>
            <TextField
              path="title.zh"
              label={t('field.titleZh')}
              value={form.titleZh}
              onChange={(v) => set('titleZh', v)}
              error={err('title.zh')}
              required
            />
            <TextField
              path="title.en"
              label={t('field.titleEn')}
              value={form.titleEn}
              onChange={(v) => set('titleEn', v)}
              error={err('title.en')}
            />
          </fieldset>

          <fieldset className="entry-section">
            <legend className="entry-section__title">{t('field.leaders')}</legend>
            {form.leaders.length === 0 && (
              <p className="entry-field__hint">{t('hint.noLeaders')}</p>
            )}
            {form.leaders.map((leader, i) => (
              <div className="entry-row" key={i}>
                <TextField
                  path={`leaders.${i}.name`}
                  label={`${t('field.leaderName')} ${i + 1}`}
                  value={leader.name}
                  onChange={(v) =>
                    set(
                      'leaders',
                      form.leaders.map((l, j) => (j === i ? { ...l, name: v } : l)),
                    )
                  }
                  error={err(`leaders.${i}.name`)}
                  required
                />
                <TextField
                  path={`leaders.${i}.role`}
                  label={`${t('field.leaderRole')} ${i + 1}`}
                  value={leader.role}
                  onChange={(v) =>
                    set(
                      'leaders',
                      form.leaders.map((l, j) => (j === i ? { ...l, role: v } : l)),
                    )
                  }
                  error={err(`leaders.${i}.role`)}
                />
                <button
                  type="button"
                  className="button button--ghost entry-row__remove"
                  onClick={() =>
                    set(
                      'leaders',
                      form.leaders.filter((_, j) => j !== i),
                    )
                  }
                >
                  {t('action.remove')}
                  <span className="visually-hidden"> {t('field.leaderLine', { n: i + 1 })}</span>
                </button>
              </div>
            ))}
            <button
              type="button"
              className="button button--ghost"
              onClick={() => set('leaders', [...form.leaders, { name: '', role: '' }])}
            >
              {t('action.addLeader')}
            </button>
          </fieldset>

          <fieldset className="entry-section">
            <legend className="entry-section__title">{t('section.where')}</legend>
            <CheckboxGroup
              path="districtCodes"
              legend={t('field.districtCodes')}
              options={(districts.data ?? []).map((d) => ({
                value: d.code,
                label: localName(d.name, lang),
              }))}
              selected={form.districtCodes}
              onChange={(v) => set('districtCodes', v)}
              error={err('districtCodes')}
            />
            <SitePicker
              districtCodes={form.districtCodes}
              siteIds={form.siteIds}
              onChange={(v) => set('siteIds', v)}
              error={err('siteIds')}
            />
          </fieldset>

          <fieldset className="entry-section">
            <legend className="entry-section__title">{t('section.figures')}</legend>
            <div className="entry-grid">
              <div>
                <TextField
                  path="workersServed.value"
                  label={t('field.workers')}
                  inputMode="numeric"
                  value={form.workers}
                  onChange={(v) => change((f) => ({ ...f, workers: v, workersBasis: 'entered' }))}
                  error={err('workersServed')}
                  hint={t('hint.blankUnknown')}
                />
                <label className="entry-check">
                  <input
                    type="checkbox"
                    checked={form.workersAtLeast}
                    onChange={(e) => set('workersAtLeast', e.target.checked)}
                  />
                  <span>{t('field.workersAtLeast')}</span>
                </label>
              </div>
              <TextField
                path="cash.yuan"
                label={t('field.cash')}
                inputMode="decimal"
                value={form.cash}
                onChange={(v) => change((f) => ({ ...f, cash: v, cashBasis: 'entered' }))}
                error={err('cash')}
                hint={t('hint.blankUnknown')}
              />
            </div>
            <h3 className="entry-subtitle">{t('field.goods')}</h3>
            {form.goods.length === 0 && <p className="entry-field__hint">{t('hint.noGoods')}</p>}
            {form.goods.map((g, i) => {
              const update = (patch: Partial<ActivityForm['goods'][number]>) =>
                set(
                  'goods',
                  form.goods.map((x, j) => (j === i ? { ...x, ...patch, basis: 'entered' } : x)),
                );
              return (
                <div className="entry-row" key={i}>
                  <SelectField
                    path={`goods.${i}.kind`}
                    label={`${t('field.goodsKind')} ${i + 1}`}
                    value={g.kind}
                    onChange={(v) => update({ kind: v as GoodsKind })}
                    options={goodsKinds.map((k) => ({
                      value: k,
                      label: t(`goodsKind.${k}`, { ns: 'common' }),
                    }))}
                    error={err(`goods.${i}.kind`)}
                  />
                  <TextField
                    path={`goods.${i}.quantity`}
                    label={`${t('field.goodsQuantity')} ${i + 1}`}
                    inputMode="decimal"
                    value={g.quantity}
                    onChange={(v) => update({ quantity: v })}
                    error={err(`goods.${i}.quantity`)}
                  />
                  <TextField
                    path={`goods.${i}.unit`}
                    label={`${t('field.goodsUnit')} ${i + 1}`}
                    value={g.unit}
                    onChange={(v) => update({ unit: v })}
                    error={err(`goods.${i}.unit`)}
                    suggestions={unitSuggestions}
                  />
                  <button
                    type="button"
                    className="button button--ghost entry-row__remove"
                    onClick={() =>
                      set(
                        'goods',
                        form.goods.filter((_, j) => j !== i),
                      )
                    }
                  >
                    {t('action.remove')}
                    <span className="visually-hidden"> {t('field.goodsLine', { n: i + 1 })}</span>
                  </button>
                </div>
              );
            })}
            <button
              type="button"
              className="button button--ghost"
              onClick={() =>
                set('goods', [
                  ...form.goods,
                  { kind: 'water', quantity: '', unit: '', basis: 'entered' },
                ])
              }
            >
              {t('action.addGoods')}
            </button>
            {form.otherCounts.length > 0 && (
              <p className="entry-field__hint">
                {t('hint.otherCounts', { count: form.otherCounts.length })}
              </p>
            )}
          </fieldset>

          <fieldset className="entry-section">
            <legend className="entry-section__title">{t('field.notes')}</legend>
            <TextArea
              path="notes"
              label={t('field.notes')}
              value={form.notes}
              onChange={(v) => set('notes', v)}
              error={err('notes')}
              rows={3}
            />
          </fieldset>

          <ProvenanceFields
            value={form.provenance}
            onChange={(p) => set('provenance', p)}
            errors={errors}
            allowIllustrative={record?.provenance.kind === 'illustrative'}
          />
        </div>

        <aside className="entry-form__side" aria-label={t('form.sideLabel')}>
          {record ? (
            <AuditInfo record={record} />
          ) : (
            <p className="entry-field__hint">{t('hint.newRecord')}</p>
          )}
          <UserNameHint />
          <SaveStatus status={status} statusRef={editor.statusRef}>
            {status.kind === 'conflict' && (
              <ConflictView
                mine={describeActivity(
                  activityInputSchema.parse(toActivityInput(form)),
                  describe.lookups,
                  describe.t,
                  describe.lang,
                )}
                theirs={describeActivity(
                  status.current,
                  describe.lookups,
                  describe.t,
                  describe.lang,
                )}
                theirsBy={status.current}
                onKeepMine={() => editor.keepMine(status.current)}
                onTakeTheirs={() => editor.takeTheirs(status.current)}
              />
            )}
          </SaveStatus>
          <div className="entry-actions">
            <button type="submit" className="button" disabled={status.kind === 'saving'}>
              {status.kind === 'saving' ? t('status.saving') : t('action.save')}
            </button>
            {record && (
              <DeleteRecord
                resource="activities"
                id={record.id}
                label={localName(record.title, lang)}
                draftKey={editor.key}
                afterPath={ACTIVITY_PATH}
              />
            )}
          </div>
        </aside>
      </form>
    </div>
  );
}
