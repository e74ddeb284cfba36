import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { db } from '@/lib/db';
import { getOutboxMessage } from '@/lib/notifications/queries';
import { recordAudit } from '@/lib/audit/record';
import { deliveryStatus } from '../status';
import Link from 'next/link';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.mail'))('messageTitle') };
}

/**
 * One message as sent: the plain text, which holds everything the HTML holds. Codes and private
 * links come masked from getOutboxMessage (docs/decisions/010): with them, whoever reads this page
 * could sign in as the resident, open their booking or take over a staff invitation.
 */
export default async function MailMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requirePermission('mail:read');
  const { id } = await params;
  const [t, message] = await Promise.all([getTranslations('Admin.mail'), getOutboxMessage(db, id)]);
  if (!message) notFound();
  await recordAudit({ actor: { type: 'staff', id: staff.id }, action: 'view', entity: 'OutboxMessage', entityId: id, residentId: message.residentId ?? undefined });
  const status = deliveryStatus(message);
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/mail">{t('back')}</Link>
      </p>
      <h1 className="mb-4 text-2xl font-bold" lang={message.locale}>
        {message.subject}
      </h1>
      <dl className="mb-6 grid gap-x-6 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="font-bold">{t('to')}</dt>
        <dd>{message.to}</dd>
        <dt className="font-bold">{t('language')}</dt>
        <dd>{message.locale}</dd>
        <dt className="font-bold">{t('statusLabel')}</dt>
        <dd>
          {t(status.key)}
          {message.transport && status.key !== 'kept' ? ` (${message.transport})` : ''}
        </dd>
      </dl>
      <p className="mb-2">{t('secretsHidden')}</p>
      <pre lang={message.locale} className="border border-line bg-wash p-4 whitespace-pre-wrap">
        {message.text}
      </pre>
      {message.attachments.length ? (
        <section aria-labelledby="mail-attachments" className="mt-6">
          <h2 id="mail-attachments" className="mb-2 text-xl font-bold">
            {t('attachments')}
          </h2>
          <ul className="list-disc ps-6">
            {message.attachments.map((file, i) => (
              // The media type without its parameters (charset, method).
              <li key={i}>
                <span dir="ltr">{file.filename}</span> ({file.contentType.split(';')[0]})
              </li>
            ))}
          </ul>
          <p className="mt-2">{t('attachmentsHidden')}</p>
        </section>
      ) : null}
    </>
  );
}
