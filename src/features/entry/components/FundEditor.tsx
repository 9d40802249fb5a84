import { useQuery } from '@tanstack/react-query';
import {
  fundAllocationInputSchema,
  fundStatuses,
  type FundAllocation,
  type FundAllocationInput,
  type FundStatus,
} from '@/api/contract';
import { referenceQueries } from '@/api/resources/reference';
import { useI18n } from '@/i18n';
import { localName } from '@/i18n/localized';
import { describeFund } from '../lib/describe';
import {
  emptyFundForm,
  fundToForm,
  inputLabel,
  toFundInput,
  type FundForm,
} from '../lib/form-model';
import { FUND_PATH } from '../paths';
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
import { DateField, ErrorSummary, SelectField, TextField, useErrorText } from './fields';
import { fundSpec, useSaveRecord } from './use-save';
import { useEditor } from './use-editor';
import '../i18n';
import './entry.css';

const FIELD_OF: Record<string, string> = {
  'purpose.zh': 'field.purposeZh',
  'purpose.en': 'field.purposeEn',
  'amount.yuan': 'field.amount',
  amount: 'field.amount',
  'provenance.quote': 'field.provenanceQuote',
  'provenance.source': 'field.provenanceSource',
  'provenance.note': 'field.provenanceNote',
};

export function FundEditor({ record }: { record: FundAllocation | null }) {
  const { t, lang } = useI18n('entry');
  const saver = useSaveRecord(fundSpec);
  const editor = useEditor<FundForm, FundAllocationInput, FundAllocation>({
    formKind: 'fund',
    record,
    empty: emptyFundForm,
    toForm: fundToForm,
    toInput: toFundInput,
    schema: fundAllocationInputSchema,
    label: (i) => inputLabel(i),
    editPath: (id) => `${FUND_PATH}/${encodeURIComponent(id)}`,
    saver,
  });
  const { form, change, errors, status } = editor;
  const err = useErrorText(errors);
  const organizations = useQuery(referenceQueries.organizations());
  const districts = useQuery(referenceQueries.districts());
  const describe = useDescribeContext();
  const set = <K extends keyof FundForm>(k: K, v: FundForm[K]) => change((f) => ({ ...f, [k]: v }));
  const orgOptions = (organizations.data ?? []).map((o) => ({
    value: o.id,
    label: localName(o.name, lang),
  }));
  const labelOf = (path: string) => t(FIELD_OF[path] ?? `field.${path.split('.')[0] || 'record'}`);

  return (
    <div className="entry-page">
      <EntryPageHeader
        title={record ? t('page.fundEdit') : t('page.fundNew')}
        current="fund"
        isNew={!record}
      />
      {editor.restoredAt && (
        <DraftNote savedAt={editor.restoredAt} onDiscard={editor.discardDraft} />
      )}
      <ErrorSummary
        errors={errors}
        labelOf={labelOf}
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
            <legend className="entry-section__title">{t('section.fund')}</legend>
            <div className="entry-grid">
              <DateField
                path="date"
                label={t('field.date')}
                value={form.date}
                onChange={(v) => set('date', v)}
                error={err('date')}
                required
              />
              <SelectField
                path="status"
                label={t('field.status')}
                value={form.status}
                onChange={(v) => set('status', v as FundStatus)}
                options={fundStatuses.map((s) => ({
                  value: s,
                  label: t(`fundStatus.${s}`, { ns: 'common' }),
                }))}
                error={err('status')}
              />
              <SelectField
                path="sourceOrganizationId"
                label={t('field.sourceOrganizationId')}
                value={form.sourceOrganizationId}
                onChange={(v) => set('sourceOrganizationId', v)}
                options={orgOptions}
                placeholder={organizations.isPending ? t('form.loading') : t('form.choose')}
                error={err('sourceOrganizationId')}
                required
              />
              <TextField
                path="amount.yuan"
                label={t('field.amount')}
                inputMode="decimal"
                value={form.amount}
                onChange={(v) => change((f) => ({ ...f, amount: v, amountBasis: 'entered' }))}
                error={err('amount')}
                hint={t('hint.blankUnknown')}
              />
              <SelectField
                path="recipientDistrictCode"
                label={t('field.recipientDistrictCode')}
                value={form.recipientDistrictCode}
                onChange={(v) => set('recipientDistrictCode', v)}
                options={(districts.data ?? []).map((d) => ({
                  value: d.code,
                  label: localName(d.name, lang),
                }))}
                placeholder={t('form.none')}
                error={err('recipientDistrictCode')}
              />
              <SelectField
                path="recipientOrganizationId"
                label={t('field.recipientOrganizationId')}
                value={form.recipientOrganizationId}
                onChange={(v) => set('recipientOrganizationId', v)}
                options={orgOptions}
                placeholder={t('form.none')}
                error={err('recipientOrganizationId')}
              />
            </div>
            <TextField
              path="purpose.zh"
              label={t('field.purposeZh')}
              value={form.purposeZh}
              onChange={(v) => set('purposeZh', v)}
              error={err('purpose.zh')}
              required
            />
            <TextField
              path="purpose.en"
              label={t('field.purposeEn')}
              value={form.purposeEn}
              onChange={(v) => set('purposeEn', v)}
              error={err('purpose.en')}
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
                mine={describeFund(
                  fundAllocationInputSchema.parse(toFundInput(form)),
                  describe.lookups,
                  describe.t,
                  describe.lang,
                )}
                theirs={describeFund(status.current, describe.lookups, describe.t, describe.lang)}
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
                resource="funds"
                id={record.id}
                label={localName(record.purpose, lang)}
                draftKey={editor.key}
                afterPath={FUND_PATH}
              />
            )}
          </div>
        </aside>
      </form>
    </div>
  );
}
