import { useEffect, useId, useRef, type ReactNode, type Ref } from 'react';
import type { ProvenanceKind } from '@/api/contract';
import { useLookups } from '@/components/domain/use-lookups';
import { useI18n } from '@/i18n';
import { formatDateTime } from '@/i18n/format';
import type { ProvenanceForm } from '../lib/form-model';
import type { Row } from '../lib/describe';
import { FieldFrame, TextArea, TextField, useErrorText } from './fields';
import type { FieldErrors } from '../lib/validation';
import type { EditorStatus } from './use-editor';
import type { Lookups } from '@/components/domain/use-lookups';
import type { TFunction } from 'i18next';
import type { Language } from '@/i18n';
import '../i18n';
import './entry.css';

/** Where the record comes from. Staff enter records; "reported" needs the source and its words. */
export function ProvenanceFields({
  value,
  onChange,
  errors,
  allowIllustrative,
}: {
  value: ProvenanceForm;
  onChange: (p: ProvenanceForm) => void;
  errors: FieldErrors;
  allowIllustrative: boolean;
}) {
  const { t } = useI18n('entry');
  const err = useErrorText(errors);
  const name = useId();
  const kinds: ProvenanceKind[] = allowIllustrative
    ? ['entered', 'reported', 'illustrative']
    : ['entered', 'reported'];
  return (
    <fieldset className="entry-section">
      <legend className="entry-section__title">{t('section.source')}</legend>
      <div className="entry-radios" role="radiogroup" aria-label={t('field.provenance')}>
        {kinds.map((k) => (
          <label key={k} className="entry-check">
            <input
              type="radio"
              name={name}
              value={k}
              checked={value.kind === k}
              onChange={() => onChange({ ...value, kind: k })}
            />
            <span>{t(`provenanceChoice.${k}`)}</span>
          </label>
        ))}
      </div>
      {value.kind === 'reported' ? (
        <>
          <TextField
            path="provenance.source"
            label={t('field.provenanceSource')}
            hint={t('hint.provenanceSource')}
            value={value.source}
            onChange={(source) => onChange({ ...value, source })}
            error={err('provenance.source')}
            required
          />
          <TextArea
            path="provenance.quote"
            label={t('field.provenanceQuote')}
            hint={t('hint.provenanceQuote')}
            value={value.quote}
            onChange={(quote) => onChange({ ...value, quote })}
            error={err('provenance.quote')}
            required
          />
        </>
      ) : (
        <TextArea
          path="provenance.note"
          label={t('field.provenanceNote')}
          value={value.note}
          onChange={(note) => onChange({ ...value, note })}
          error={err('provenance.note')}
          rows={2}
        />
      )}
    </fieldset>
  );
}

/** Who created and last changed the record, and when. */
export function AuditInfo({
  record,
}: {
  record: {
    createdAt: string;
    createdBy: string;
    updatedAt: string;
    updatedBy: string;
    version: number;
  };
}) {
  const { t, lang } = useI18n('entry');
  const who = (name: string) => (name && name !== 'anonymous' ? name : t('audit.anonymous'));
  return (
    <dl className="entry-audit">
      <div>
        <dt>{t('audit.created')}</dt>
        <dd>
          <time dateTime={record.createdAt}>{formatDateTime(record.createdAt, lang)}</time> ·{' '}
          {who(record.createdBy)}
        </dd>
      </div>
      <div>
        <dt>{t('audit.updated')}</dt>
        <dd>
          <time dateTime={record.updatedAt}>{formatDateTime(record.updatedAt, lang)}</time> ·{' '}
          {who(record.updatedBy)}
        </dd>
      </div>
      <div>
        <dt>{t('audit.version')}</dt>
        <dd>{record.version}</dd>
      </div>
    </dl>
  );
}

export function DraftNote({ savedAt, onDiscard }: { savedAt: string; onDiscard: () => void }) {
  const { t, lang } = useI18n('entry');
  return (
    <div className="entry-note entry-note--draft" role="status">
      <span>{t('draft.restored', { time: formatDateTime(savedAt, lang) })}</span>
      <button type="button" className="button button--small button--ghost" onClick={onDiscard}>
        {t('draft.discard')}
      </button>
    </div>
  );
}

/** Side-by-side versions of a record that changed while the user was editing it. */
export function ConflictView({
  mine,
  theirs,
  theirsBy,
  onKeepMine,
  onTakeTheirs,
  headingLevel = 3,
}: {
  mine: Row[];
  theirs: Row[];
  theirsBy: { updatedAt: string; updatedBy: string };
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  headingLevel?: 2 | 3 | 4;
}) {
  const { t, lang } = useI18n('entry');
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="entry-conflict">
      <Heading className="entry-conflict__title">{t('conflict.title')}</Heading>
      <p>
        {t('conflict.explain', {
          who: theirsBy.updatedBy,
          time: formatDateTime(theirsBy.updatedAt, lang),
        })}
      </p>
      <div className="entry-conflict__scroll">
        <table className="entry-conflict__table">
          <thead>
            <tr>
              <th scope="col">{t('conflict.field')}</th>
              <th scope="col">{t('conflict.mine')}</th>
              <th scope="col">{t('conflict.theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {mine.map((row, i) => {
              const other = theirs[i]?.value ?? '—';
              const differs = other !== row.value;
              return (
                <tr key={row.key} className={differs ? 'entry-conflict__diff' : undefined}>
                  <th scope="row">
                    {row.label}
                    {differs && <span className="visually-hidden"> ({t('conflict.differs')})</span>}
                  </th>
                  <td>{row.value}</td>
                  <td>{other}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="entry-actions">
        <button type="button" className="button" onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
        <button type="button" className="button button--ghost" onClick={onTakeTheirs}>
          {t('conflict.takeTheirs')}
        </button>
      </div>
    </div>
  );
}

/** Saving…, saved, queued offline, refused: announced politely, and focusable after a save. */
export function SaveStatus<R>({
  status,
  statusRef,
  children,
}: {
  status: EditorStatus<R>;
  statusRef: Ref<HTMLDivElement>;
  /** The conflict view, when there is one. */
  children?: ReactNode;
}) {
  const { t } = useI18n('entry');
  const text =
    status.kind === 'saving'
      ? t('status.saving')
      : status.kind === 'saved'
        ? t('status.saved')
        : status.kind === 'created'
          ? t('status.created')
          : status.kind === 'queued'
            ? t('status.queued')
            : status.kind === 'error'
              ? t('status.refused', { message: status.message })
              : '';
  return (
    <div
      ref={statusRef}
      tabIndex={-1}
      className={`entry-status entry-status--${status.kind}`}
      role={status.kind === 'error' ? 'alert' : 'status'}
    >
      {text}
      {children}
    </div>
  );
}

/** An accessible confirmation (not window.confirm): focus starts on Cancel, Esc cancels. */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n('entry');
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    cancelRef.current?.focus();
    return () => opener?.focus?.();
  }, []);
  return (
    <div className="entry-dialog__backdrop">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        className="entry-dialog"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onCancel();
          } else if (e.key === 'Tab') {
            // Keep focus inside the dialog.
            e.preventDefault();
            (document.activeElement === cancelRef.current
              ? confirmRef
              : cancelRef
            ).current?.focus();
          }
        }}
      >
        <h2 id={`${id}-title`} className="entry-dialog__title">
          {title}
        </h2>
        <p id={`${id}-body`}>{body}</p>
        <div className="entry-actions">
          <button ref={cancelRef} type="button" className="button button--ghost" onClick={onCancel}>
            {t('action.cancel')}
          </button>
          <button
            ref={confirmRef}
            type="button"
            className="button button--danger"
            onClick={onConfirm}
          >
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}

export function useDescribeContext(): { lookups: Lookups; t: TFunction; lang: Language } {
  const { t, lang } = useI18n('entry');
  const lookups = useLookups();
  return { lookups, t, lang };
}

export { FieldFrame };
