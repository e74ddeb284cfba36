import { getTranslations } from 'next-intl/server';
import type { StaffContext } from '@/lib/auth/guards';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import { languageNameIn } from '@/lib/i18n/language-name';
import { lettersOfCase } from '@/lib/support/letters/access';
import { formatCityDate, formatCityTime } from '@/lib/time/seoul';
import { Button } from '@/components/ui/Button';
import { Tag } from '@/components/ui/Tag';

/**
 * The case's decision letters: each ready one a download (a POST to the staff route, audited);
 * one being made or that could not be made says so, with why, never left out.
 */
export async function SupportLetters({ caseId, staff, locale }: { caseId: string; staff: StaffContext; locale: Locale }) {
  const [rows, t] = await Promise.all([lettersOfCase({ type: 'staff', staff }, caseId), getTranslations('AdminSupport.letters')]);
  if (rows === null) return null;
  return (
    <section aria-labelledby="support-letters" className="mb-8">
      <h2 id="support-letters" className="mb-3 text-2xl font-bold">
        {t('title')}
      </h2>
      {rows.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="border-t border-line" data-testid="support-letters">
          {rows.map((l) => (
            <li key={l.id} className="flex flex-wrap items-center justify-between gap-2 border-b border-line py-2" data-letter-status={l.status}>
              <span>
                <span className="font-semibold">{t(`outcomes.${l.outcome === 'approved' ? 'approved' : 'refused'}`)}</span>{' '}
                <span className="text-muted">
                  {t('language', { language: isLocale(l.locale) ? languageNameIn(l.locale, locale) : l.locale })} ·{' '}
                  {t('made', { date: `${formatCityDate(l.renderedAt ?? l.createdAt, locale)} ${formatCityTime(l.renderedAt ?? l.createdAt, locale)}` })}
                </span>
                {l.status === 'PENDING' && l.lastError ? <span className="block">{t('pendingError', { error: l.lastError })}</span> : null}
                {l.status === 'FAILED' ? <span className="block">{t('failedHint', { error: l.lastError ?? '' })}</span> : null}
              </span>
              {l.status === 'READY' ? (
                <form action={`/admin/cases/${caseId}/letters/${l.id}`} method="post">
                  <Button variant="secondary">{t('download')}</Button>
                </form>
              ) : (
                <Tag tone={l.status === 'FAILED' ? 'error' : 'info'}>{l.status === 'FAILED' ? t('failed') : t('pending')}</Tag>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
