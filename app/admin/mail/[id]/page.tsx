import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { db } from '@/lib/db';
import { getOutboxMessage } from '@/lib/notifications/queries';
import { recordAudit } from '@/lib/audit/record';
import Link from 'next/link';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.mail'))('messageTitle') };
}

/** Sign-in codes are as good as a password for ten minutes: staff see that one was sent, not the code. */
const withoutSecrets = (template: string, text: string) => (template === 'residentSignInCode' ? text.replace(/\b\d{6}\b/g, '••••••') : text);

/** One message as sent: the plain text, which holds everything the HTML holds. */
export default async function MailMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requirePermission('mail:read');
  const { id } = await params;
  const [t, message] = await Promise.all([getTranslations('Admin.mail'), getOutboxMessage(db, id)]);
  if (!message) notFound();
  await recordAudit({ actor: { type: 'staff', id: staff.id }, action: 'view', entity: 'OutboxMessage', entityId: id, residentId: message.residentId ?? undefined });
  return (
    <>
      <p className="mb-2"><Link href="/admin/mail">{t('back')}</Link></p>
      <h1 className="mb-4 text-2xl font-bold" lang={message.locale}>{message.subject}</h1>
      <dl className="mb-6 grid gap-x-6 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="font-bold">{t('to')}</dt><dd>{message.to}</dd>
        <dt className="font-bold">{t('language')}</dt><dd>{message.locale}</dd>
        <dt className="font-bold">{t("statusLabel")}</dt><dd>{t(`status.${message.status}`)}{message.transport ? ` (${message.transport})` : ''}</dd>
      </dl>
      <pre lang={message.locale} className="border border-line bg-wash p-4 whitespace-pre-wrap">{withoutSecrets(message.template, message.text)}</pre>
    </>
  );
}
