import type { Provenance } from '@/api/contract';
import { useI18n } from '@/i18n';
import './provenance.css';

/** A short label saying where a record comes from. */
export function ProvenanceBadge({ provenance }: { provenance: Provenance }) {
  const { t } = useI18n();
  return (
    <span
      className={`provenance provenance--${provenance.kind}`}
      title={t(`provenance.${provenance.kind}Long`)}
    >
      {t(`provenance.${provenance.kind}`)}
    </span>
  );
}

/** The badge plus, for reported records, the quote it rests on (disclosed on demand). */
export function ProvenanceDetails({ provenance }: { provenance: Provenance }) {
  const { t } = useI18n();
  if (provenance.kind !== 'reported') {
    return (
      <div className="provenance-details">
        <ProvenanceBadge provenance={provenance} />
        <span className="provenance-details__note">
          {t(`provenance.${provenance.kind}Long`)}
          {provenance.note ? ` · ${provenance.note}` : ''}
        </span>
      </div>
    );
  }
  return (
    <details className="provenance-details">
      <summary>
        <ProvenanceBadge provenance={provenance} /> {t('provenance.quote')}
      </summary>
      <blockquote lang="zh-CN" className="provenance-details__quote">
        {provenance.quote}
      </blockquote>
      <p className="provenance-details__source">
        {t('provenance.source')}: {provenance.source}
      </p>
    </details>
  );
}

/** Marks a figure that includes illustrative data. Text, not colour alone. */
export function IllustrativeMarker({ label }: { label: string }) {
  return (
    <span className="provenance provenance--illustrative provenance--marker" role="note">
      {label}
    </span>
  );
}
