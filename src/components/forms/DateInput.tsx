import { useRef, useState, type InputHTMLAttributes, type Ref } from 'react';
import { useI18n } from '@/i18n';
import { readTypedDay } from './typed-day';
import './date-input.css';

type PassedThrough = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'className' | 'aria-invalid' | 'aria-describedby' | 'aria-required' | 'aria-label'
>;

interface DateInputProps extends PassedThrough {
  /** What the field holds: an ISO day, '' or text that is not (yet) a day. */
  value: string;
  /**
   * Called when the reader is done with the field (it loses focus, Enter, a day picked in the
   * calendar): with the ISO day when the text reads as one, '' when emptied, otherwise with the
   * text as typed, which the field keeps showing until its value changes.
   */
  onChange: (value: string) => void;
  /** Each keystroke's text, for a form that keeps a draft of everything typed. */
  onInput?: (text: string) => void;
  /** Bounds the calendar offers (ISO days); typed days are checked by the caller. */
  min?: string | undefined;
  max?: string | undefined;
  /** Year of a day typed without one (8月7日). */
  defaultYear?: number;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A day typed as year-month-day in every language, with a calendar button. The browser's own
 * date field shows its interface language's format (mm/dd/yyyy in an English browser under a
 * Chinese dashboard, 年/月/日 under an English one); this field reads the same in both, and takes
 * the ways staff write days by hand. The calendar is the browser's, opened on a native date input
 * kept under the button.
 */
export function DateInput({
  value,
  onChange,
  onInput,
  min,
  max,
  defaultYear = new Date().getFullYear(),
  ref,
  className = '',
  ...aria
}: DateInputProps) {
  const { t } = useI18n();
  // Text being typed, or left as typed when it was not a day, with the value it was typed over:
  // a new value from outside (a preset, "clear all", a normalised day) replaces it.
  const [draftOf, setDraftOf] = useState<{ text: string; over: string } | null>(null);
  const draft = draftOf?.over === value ? draftOf.text : null;
  const setDraft = (text: string | null) =>
    setDraftOf(text === null ? null : { text, over: value });
  const picker = useRef<HTMLInputElement>(null);
  const text = draft ?? value;

  const commit = (typed: string) => {
    const trimmed = typed.trim();
    const day = trimmed === '' ? '' : readTypedDay(trimmed, defaultYear);
    if (day !== null) setDraft(null);
    const next = day ?? typed;
    // Also when edited back to the same value: the caller may be showing an error to clear.
    if (draft !== null || next !== value) onChange(next);
  };

  const openCalendar = () => {
    const input = picker.current;
    if (!input) return;
    try {
      input.showPicker();
    } catch {
      // No calendar here (an old browser, or not allowed): typing still works.
    }
  };

  return (
    <span className="date-input">
      <input
        {...aria}
        ref={ref}
        className={`${className} date-input__text`.trim()}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('date.placeholder')}
        value={text}
        onChange={(e) => {
          setDraft(e.target.value);
          onInput?.(e.target.value);
        }}
        onBlur={(e) => commit(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(e.currentTarget.value);
          if (e.key === 'Escape' && draft !== null) {
            // Back to the field's value; a caller showing an error about the text clears it.
            setDraft(null);
            onChange(value);
          }
        }}
      />
      <button
        type="button"
        className="date-input__calendar"
        aria-label={t('date.pick')}
        title={t('date.pick')}
        onClick={openCalendar}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" />
          <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" />
        </svg>
      </button>
      <input
        ref={picker}
        className="date-input__native"
        type="date"
        tabIndex={-1}
        aria-hidden="true"
        value={readTypedDay(text, defaultYear) ?? ''}
        min={min}
        max={max}
        onChange={(e) => {
          if (e.target.value) commit(e.target.value);
        }}
      />
    </span>
  );
}
