import { getTranslations } from 'next-intl/server';
import type { PossibleDuplicate } from '@/lib/cases/related/duplicates';

/**
 * Resident records that may be the same person, flagged for review (never merged here). Staff who
 * may not review them learn only that there are some, and that a supervisor looks at them.
 */
export async function PossibleDuplicates({ count, rows }: { count: number; rows: PossibleDuplicate[] | null }) {
  const t = await getTranslations('CaseHub.related');
  if (!rows && count === 0) return null;
  const cell = 'border-b border-line p-2 align-top';
  return (
    <section aria-labelledby="duplicates-heading" className="mb-8 border-s-8 border-warning bg-[#fff7e0] p-4">
      <h2 id="duplicates-heading" className="mb-2 text-2xl font-bold">
        {t('duplicatesHeading')}
      </h2>
      {!rows ? (
        <p>{t('duplicatesForSupervisor', { count })}</p>
      ) : rows.length === 0 ? (
        <p>{t('duplicatesNone')}</p>
      ) : (
        <>
          <p id="duplicates-hint" className="mb-3">
            {t('duplicatesHint')}
          </p>
          <table className="w-full border-collapse text-start" aria-describedby="duplicates-hint">
            <caption className="sr-only">{t('duplicatesCaption')}</caption>
            <thead>
              <tr>
                {[t('residentColumn'), t('reasonColumn'), t('casesColumn')].map((h) => (
                  <th key={h} scope="col" className="border-b-2 border-ink p-2 text-start">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row" className={`${cell} text-start font-normal`}>
                    {r.name}
                  </th>
                  <td className={cell}>{r.reasons.map((reason) => t(reason)).join(', ')}</td>
                  <td className={cell}>{t('casesCount', { count: r.cases })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
