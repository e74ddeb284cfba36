import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { db } from '@/lib/db';
import type { Locale } from '@/lib/i18n/locales';
import { ownApplicationOr404 } from '@/lib/support/application/resident';
import { unsealJson } from '@/lib/support/sealed';
import { receiptsOf, MAX_DOCUMENTS, type UploadOutcome } from '@/lib/support/documents/store';
import { removeDocumentAction, uploadDocumentsAction } from '@/lib/support/documents/actions';
import { acceptAttribute } from '@/lib/files/inspect';
import { formatFileSize, typeKey } from '@/lib/files/format';
import { MAX_FILE_BYTES, MAX_FILES_PER_POST } from '@/lib/files/limits.mjs';
import { formatCityDate, formatCityTime } from '@/lib/time/seoul';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { fieldIds, HintAndError } from '@/components/ui/Field';
import { Button } from '@/components/ui/Button';
import { Table } from '@/components/ui/Table';
import { Link } from '@/lib/i18n/navigation';
import { PostForm } from '@/components/forms/PostForm';
import { formPermalink } from '@/lib/forms/permalink';

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Support.apply' });
  return { title: t('sections.documents'), robots: { index: false } };
}

const MAX_MB = MAX_FILE_BYTES / (1024 * 1024);

/**
 * The documents section: a multipart form (works without JavaScript) and a receipt per kept file.
 * After an upload the outcome, sealed in the draft, is shown at the field: each refused file by
 * name with why, in the resident's language.
 */
export default async function DocumentsPage({ params, searchParams }: Props) {
  const [{ locale, id }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const { app } = await ownApplicationOr404(locale, id, '/documents');
  if (app.caseId) redirect(`/${locale}/support/apply/${app.id}/done`);
  if (!app.values) redirect(`/${locale}/support/apply/${app.id}`);
  const [t, tf, receipts] = await Promise.all([getTranslations('Support.apply'), getTranslations('Files'), receiptsOf(db, app.id)]);
  const outcome = query.uploaded && app.values.uploadOutcomeSealed ? unsealJson<UploadOutcome>(app.values.uploadOutcomeSealed) : null;
  const reason = (key: UploadOutcome['refused'][number]['reason']) => tf(`refused.${key}`, { max: MAX_MB, perPost: MAX_FILES_PER_POST, total: MAX_DOCUMENTS });
  const refusals = [
    ...(outcome?.refused ?? []).map((r) => (r.name ? t('documents.refusedItem', { name: r.name, reason: reason(r.reason) }) : reason(r.reason))),
    ...(query.problem === 'tooLarge' ? [tf('refused.bodyTooLarge', { max: MAX_MB })] : []),
  ];
  const fieldError = refusals.length ? refusals.join(' ') : undefined;
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href={`/support/apply/${app.id}`}>{t('backToList')}</Link>
      </p>
      <h1 className="mb-4 text-3xl font-bold">{t('sections.documents')}</h1>
      {outcome?.added.length ? (
        <p role="status" className="mb-4 border-s-4 border-success bg-[#e6f2ec] p-3 font-semibold">
          {t('documents.added', { count: outcome.added.length })}
        </p>
      ) : null}
      {query.removed ? (
        <p role="status" className="mb-4 border-s-4 border-success bg-[#e6f2ec] p-3 font-semibold">
          {t('documents.removed')}
        </p>
      ) : null}
      <p className="mb-4">{t('documents.lead')}</p>
      <PostForm action={uploadDocumentsAction} permalink={formPermalink(`/${locale}/support/apply/${id}/documents`)} className="mb-8">
        <ErrorSummary title={t('documents.refusedTitle')} errors={{ files: fieldError }} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="application" value={app.id} />
        <div className={`mb-4 ${fieldError ? 'border-s-4 border-error ps-3' : ''}`}>
          <label htmlFor={fieldIds('files').input} className="block text-lg font-bold">
            {t('documents.fileLabel')}
          </label>
          <HintAndError name="files" hint={t('documents.rules', { max: MAX_MB, perPost: MAX_FILES_PER_POST })} error={fieldError} />
          {refusals.length > 1 ? (
            <ul className="mb-2 list-disc ps-6 font-semibold text-error">
              {refusals.map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
          ) : null}
          <input
            id={fieldIds('files').input}
            name="files"
            type="file"
            multiple
            accept={acceptAttribute}
            aria-describedby={[fieldIds('files').hint, fieldError ? fieldIds('files').error : null].filter(Boolean).join(' ')}
            aria-invalid={fieldError ? true : undefined}
            className="block w-full border-2 border-ink p-2"
          />
        </div>
        <Button>{t('documents.upload')}</Button>
      </PostForm>
      {receipts.length ? (
        <Table
          caption={t('documents.listTitle')}
          rows={receipts}
          rowKey={(r) => r.id}
          columns={[
            {
              key: 'name',
              header: t('documents.name'),
              cell: (r) => (
                <>
                  <a href={`/${locale}/support/apply/${app.id}/documents/${r.id}`} download className="break-all font-semibold">
                    <bdi>{r.displayName}</bdi>
                  </a>
                  {r.convertedFrom ? <span className="block text-muted">{t('documents.converted')}</span> : null}
                </>
              ),
            },
            { key: 'type', header: t('documents.type'), cell: (r) => tf(`types.${typeKey(r.mediaType)}`) },
            { key: 'size', header: t('documents.size'), numeric: true, cell: (r) => formatFileSize(r.size, locale) },
            { key: 'received', header: t('documents.received'), cell: (r) => `${formatCityDate(r.createdAt, locale)} ${formatCityTime(r.createdAt, locale)}` },
            {
              key: 'remove',
              header: <span className="sr-only">{t('documents.remove')}</span>,
              cell: (r) => (
                <PostForm action={removeDocumentAction} permalink={formPermalink(`/${locale}/support/apply/${id}/documents`, {}, `document-${r.id}`)}>
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="application" value={app.id} />
                  <input type="hidden" name="document" value={r.id} />
                  <Button variant="secondary" aria-label={t('documents.removeLabel', { name: r.displayName })}>
                    {t('documents.remove')}
                  </Button>
                </PostForm>
              ),
            },
          ]}
        />
      ) : (
        <p>{t('documents.none')}</p>
      )}
      <p className="mt-8">
        <Link href={`/support/apply/${app.id}`}>{t('backToList')}</Link>
      </p>
    </div>
  );
}
