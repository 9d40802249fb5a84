import { Link } from 'wouter';
import { useI18n } from '@/i18n';
import { formatNumber } from '@/i18n/format';
import { IMPORT_NS } from '../i18n';
import type { RecordKind } from '../lib/fields';
import { fieldKey, issueKey, type IssueCount } from './issues';

export function ResultStep({
  kind,
  created,
  organizations,
  skipped,
  issueSummary,
  ledgerHref,
  onAgain,
}: {
  kind: RecordKind;
  created: number;
  organizations: number;
  skipped: number;
  issueSummary: IssueCount[];
  ledgerHref: string;
  onAgain: () => void;
}) {
  const { t, lang } = useI18n(IMPORT_NS);
  return (
    <section className="import__panel panel" aria-labelledby="import-result-title">
      <h3 id="import-result-title" className="panel__title">
        {t('result.region')}
      </h3>
      <p className="import__result-created" role="status">
        {t(kind === 'funds' ? 'result.createdFunds' : 'result.created', {
          count: formatNumber(created, lang),
        })}
      </p>
      {organizations > 0 && (
        <p>{t('result.organizations', { count: formatNumber(organizations, lang) })}</p>
      )}
      {skipped > 0 && (
        <>
          <p>{t('result.skipped', { count: formatNumber(skipped, lang) })}</p>
          <ul className="import__reasons">
            {issueSummary.map((i) => {
              const [key, values] = issueKey(i.code);
              return (
                <li key={`${i.field}|${i.code}`}>
                  {t('result.reason', {
                    field: t(fieldKey(kind, i.field)),
                    issue: t(key, values),
                    count: formatNumber(i.count, lang),
                  })}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <div className="import__actions">
        <Link href={ledgerHref} className="button">
          {t('result.ledger')}
        </Link>
        <button type="button" className="button button--ghost" onClick={onAgain}>
          {t('result.again')}
        </button>
      </div>
    </section>
  );
}
