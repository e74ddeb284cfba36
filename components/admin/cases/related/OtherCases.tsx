import { getFormatter, getTranslations } from 'next-intl/server';
import type { OtherCase } from '@/lib/cases/related/other-cases';
import { CaseStatusTag } from '@/components/admin/cases/CaseStatusTag';
import type { QueueNames } from '@/components/admin/cases/queue/names';

/** The resident's other cases the viewer may read, each a link to its own page. */
export async function OtherCases({ cases, names }: { cases: OtherCase[]; names: QueueNames }) {
  const [t, tq, format] = await Promise.all([getTranslations('CaseHub.related'), getTranslations('CaseHub.queue'), getFormatter()]);
  const cell = 'border-b border-line p-2 align-top';
  return (
    <section aria-labelledby="other-cases-heading" className="mb-8">
      <h2 id="other-cases-heading" className="mb-3 text-2xl font-bold">
        {t('otherCasesHeading')}
      </h2>
      {cases.length === 0 ? (
        <p>{t('otherCasesNone')}</p>
      ) : (
        <div className="overflow-x-auto" role="region" aria-labelledby="other-cases-caption" tabIndex={0}>
          <table className="w-full border-collapse text-start">
            <caption id="other-cases-caption" className="sr-only">
              {t('otherCasesCaption')}
            </caption>
            <thead>
              <tr>
                {[tq('reference'), tq('serviceColumn'), tq('statusColumn'), tq('ageColumn')].map((h) => (
                  <th key={h} scope="col" className="border-b-2 border-ink p-2 text-start">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id}>
                  <th scope="row" className={`${cell} text-start font-normal`}>
                    <a href={`/admin/cases/${c.id}`} className="font-mono font-semibold">
                      {c.reference}
                    </a>
                  </th>
                  <td className={cell}>{names.kind(c.kind)}</td>
                  <td className={cell}>
                    <CaseStatusTag kind={c.kind} status={c.status} />
                  </td>
                  <td className={cell}>
                    <time dateTime={c.createdAt.toISOString()}>{format.dateTime(c.createdAt, { dateStyle: 'medium', timeZone: 'Asia/Seoul' })}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
