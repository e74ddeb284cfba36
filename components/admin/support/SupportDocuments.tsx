import { getTranslations } from 'next-intl/server';
import type { StaffContext } from '@/lib/auth/guards';
import type { Locale } from '@/lib/i18n/locales';
import { caseDocuments } from '@/lib/support/documents/staff';
import { formatFileSize, typeKey } from '@/lib/files/format';
import { formatCityDate, formatCityTime } from '@/lib/time/seoul';
import { Button } from '@/components/ui/Button';
import { Tag } from '@/components/ui/Tag';

/**
 * The case's documents: each a download (a POST to the staff route, audited) with its receipt;
 * an upload that failed to store is listed as a failure, never left out.
 */
export async function SupportDocuments({ caseId, staff, locale }: { caseId: string; staff: StaffContext; locale: Locale }) {
  const [rows, t, ts, tf] = await Promise.all([caseDocuments(staff, caseId), getTranslations('AdminSupport.documents'), getTranslations('Support.apply.documents'), getTranslations('Files')]);
  return (
    <section aria-labelledby="support-documents" className="mb-8">
      <h2 id="support-documents" className="mb-3 text-2xl font-bold">
        {t('title')}
      </h2>
      {rows === null ? (
        <p>
          <em>{t('hidden')}</em>
        </p>
      ) : rows.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="border-t border-line" data-testid="support-documents">
          {rows.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 border-b border-line py-2">
              <span>
                <bdi className="font-semibold">{d.displayName}</bdi>{' '}
                <span className="text-muted">
                  {tf(`types.${typeKey(d.mediaType)}`)}, {formatFileSize(d.size, locale)}, {formatCityDate(d.createdAt, locale)} {formatCityTime(d.createdAt, locale)}
                </span>
                {d.convertedFrom ? <span className="block text-muted">{ts('converted')}</span> : null}
                {d.status === 'FAILED' ? <span className="block">{t('failedHint')}</span> : null}
              </span>
              {d.status === 'FAILED' ? (
                <Tag tone="error">{t('failed', { failure: d.failure ?? '' })}</Tag>
              ) : (
                <form action={`/admin/cases/${caseId}/documents/${d.id}`} method="post">
                  <Button variant="secondary" aria-label={t('downloadLabel', { name: d.displayName })}>
                    {ts('download')}
                  </Button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
