import { useId, type ReactNode, type Ref } from 'react';
import { DateInput } from '@/components/forms/DateInput';
import { useI18n } from '@/i18n';
import type { FieldErrors } from '../lib/validation';
import { errorFor } from '../lib/validation';
import '../i18n';
import './entry.css';

/** DOM id of a field's control, from its contract path (`title.zh` → `field-title-zh`). */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^\w-]/g, '-')}`;
}

export function useErrorText(errors: FieldErrors) {
  const { t } = useI18n('entry');
  return (path: string): string | undefined => {
    const code = errorFor(errors, path);
    return code ? t(`errors.${code}`) : undefined;
  };
}

interface FieldFrameProps {
  path: string;
  label: string;
  error: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  children: (aria: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
    'aria-required': boolean | undefined;
  }) => ReactNode;
}

/** Label, control, hint and error of one field, wired for screen readers. */
export function FieldFrame({ path, label, error, hint, required, children }: FieldFrameProps) {
  const { t } = useI18n('entry');
  const id = fieldId(path);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`entry-field${error ? ' entry-field--invalid' : ''}`}>
      <label className="entry-field__label" htmlFor={id}>
        {label}
        {required && <span className="entry-field__required"> ({t('form.required')})</span>}
      </label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy || undefined,
        'aria-required': required || undefined,
      })}
      {hint && (
        <p id={hintId} className="entry-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="entry-field__error">
          {error}
        </p>
      )}
    </div>
  );
}

/** What every field holding text takes: its contract path, label, value and messages. */
interface TextValueFieldProps {
  path: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error: string | undefined;
  hint?: string;
  required?: boolean;
}

/** A word the field offers as it is typed: what it stores, and a name for it if it has one. */
export interface Suggestion {
  value: string;
  label?: string;
}

export function TextField({
  path,
  label,
  value,
  onChange,
  error,
  hint,
  required,
  inputMode,
  maxLength,
  autoComplete,
  suggestions,
}: TextValueFieldProps & {
  inputMode?: 'decimal' | 'numeric' | 'text';
  maxLength?: number;
  autoComplete?: string;
  /** Offered in the browser's list as the field is typed in; any other text is allowed. */
  suggestions?: readonly Suggestion[];
}) {
  const listId = suggestions ? `${path}-suggestions` : undefined;
  return (
    <FieldFrame path={path} label={label} error={error} hint={hint} required={required}>
      {(aria) => (
        <>
          <input
            {...aria}
            className="entry-input"
            type="text"
            value={value}
            inputMode={inputMode}
            maxLength={maxLength}
            autoComplete={autoComplete ?? 'off'}
            list={listId}
            onChange={(e) => onChange(e.target.value)}
          />
          {suggestions && (
            <datalist id={listId}>
              {suggestions.map((s) => (
                <option key={s.value} value={s.value} label={s.label} />
              ))}
            </datalist>
          )}
        </>
      )}
    </FieldFrame>
  );
}

/**
 * A day, typed as year-month-day (or as staff write it by hand) or picked in the calendar. The
 * form holds the text as typed (its draft keeps it), and the ISO day once the field is left with
 * text that reads as one; text that does not is kept, and the form's validation names it.
 */
export function DateField({ value, onChange, ...frame }: TextValueFieldProps) {
  return (
    <FieldFrame {...frame}>
      {(aria) => (
        <DateInput
          {...aria}
          className="entry-input"
          value={value}
          onChange={onChange}
          onInput={onChange}
        />
      )}
    </FieldFrame>
  );
}

export function TextArea({
  path,
  label,
  value,
  onChange,
  error,
  hint,
  required,
  rows = 3,
}: TextValueFieldProps & { rows?: number }) {
  return (
    <FieldFrame path={path} label={label} error={error} hint={hint} required={required}>
      {(aria) => (
        <textarea
          {...aria}
          className="entry-input entry-input--area"
          rows={rows}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FieldFrame>
  );
}

export function SelectField({
  path,
  label,
  value,
  onChange,
  options,
  error,
  hint,
  required,
  placeholder,
}: {
  path: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: readonly { value: string; label: string }[];
  error: string | undefined;
  hint?: string;
  required?: boolean;
  /** Label of the empty choice; none when absent. */
  placeholder?: string;
}) {
  return (
    <FieldFrame path={path} label={label} error={error} hint={hint} required={required}>
      {(aria) => (
        <select
          {...aria}
          className="entry-input"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/** A group of checkboxes (districts, sites) with one legend and one error. */
export function CheckboxGroup({
  path,
  legend,
  options,
  selected,
  onChange,
  error,
  hint,
  empty,
}: {
  path: string;
  legend: string;
  options: readonly { value: string; label: string; detail?: string }[];
  selected: readonly string[];
  onChange: (next: string[]) => void;
  error: string | undefined;
  hint?: string;
  empty?: string;
}) {
  const uid = useId();
  const errorId = `${uid}-error`;
  const hintId = `${uid}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <fieldset
      id={fieldId(path)}
      className={`entry-checks${error ? ' entry-field--invalid' : ''}`}
      aria-describedby={describedBy || undefined}
      tabIndex={-1}
    >
      <legend className="entry-field__label">{legend}</legend>
      {hint && (
        <p id={hintId} className="entry-field__hint">
          {hint}
        </p>
      )}
      {options.length === 0 && empty && <p className="entry-field__hint">{empty}</p>}
      <ul className="entry-checks__list">
        {options.map((o) => (
          <li key={o.value}>
            <label className="entry-check">
              <input
                type="checkbox"
                checked={selected.includes(o.value)}
                onChange={(e) =>
                  onChange(
                    e.target.checked
                      ? [...selected, o.value]
                      : selected.filter((v) => v !== o.value),
                  )
                }
              />
              <span>
                {o.label}
                {o.detail && <span className="entry-check__detail"> · {o.detail}</span>}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <p id={errorId} className="entry-field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** The form's errors as a list of links to the fields; announced when it appears. */
export function ErrorSummary({
  errors,
  labelOf,
  message,
  summaryRef,
}: {
  errors: FieldErrors;
  labelOf: (path: string) => string;
  /** The server's message, when it refused the save. */
  message?: string | undefined;
  summaryRef?: Ref<HTMLDivElement>;
}) {
  const { t } = useI18n('entry');
  const entries = Object.entries(errors);
  if (entries.length === 0 && !message) return null;
  return (
    <div className="entry-summary" role="alert" ref={summaryRef} tabIndex={-1}>
      <p className="entry-summary__title">
        {entries.length > 0 ? t('errors.summary', { count: entries.length }) : message}
      </p>
      {entries.length > 0 && message && <p className="entry-summary__message">{message}</p>}
      {entries.length > 0 && (
        <ul>
          {entries.map(([path, code]) => (
            <li key={path}>
              <a
                href={`#${fieldId(path)}`}
                onClick={(e) => {
                  e.preventDefault();
                  focusField(path);
                }}
              >
                {labelOf(path)}: {t(`errors.${code}`)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Focus a field by its path, or the nearest group that holds it (`goods.0.quantity`). */
export function focusField(path: string) {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n -= 1) {
    const el = document.getElementById(fieldId(parts.slice(0, n).join('.')));
    if (el) {
      el.focus();
      return;
    }
  }
}
