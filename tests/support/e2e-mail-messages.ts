// One message of every template for the mail view's end-to-end test, queued through the outbox
// as the portal queues them, each with fresh secrets. Run with tsx against the end-to-end
// database: `tsx tests/support/e2e-mail-messages.ts <marker>`; prints what it queued as JSON.
import crypto from 'node:crypto';
import { createDb } from '@/lib/db/client';
import { queueMessage } from '@/lib/notifications/outbox';
import type { TemplateName } from '@/lib/notifications/templates';

export type QueuedForTest = { id: string; template: TemplateName | 'legacy'; to: string; secrets: string[] };

const code = () => crypto.randomInt(100_000, 1_000_000).toString();
const token = () => crypto.randomBytes(24).toString('base64url');

async function main() {
  const marker = process.argv[2]!;
  const db = createDb();
  const site = 'http://127.0.0.1:3000';
  const email = (n: string) => `${marker}-${n}@e2e.test`;
  const phone = `+8210${crypto.randomInt(10_000_000, 100_000_000)}`;
  const at = new Date(Date.now() + 3 * 86_400_000);
  const queued: QueuedForTest[] = [];
  const queue = async (template: TemplateName, channel: 'EMAIL' | 'SMS', to: string, params: Record<string, unknown>, secrets: string[]) => {
    const { id } = await queueMessage(db, { channel, template, locale: 'en', to, params } as Parameters<typeof queueMessage>[1]);
    queued.push({ id, template, to, secrets });
  };

  const signIn = code();
  await queue('residentSignInCode', 'EMAIL', email('sign-in'), { code: signIn, expiresAt: at }, [signIn]);
  const access = code();
  await queue('consultationAccessCode', 'EMAIL', email('access'), { code: access, reference: 'CO-7KQ3-XP9M', expiresAt: at }, [access]);
  const accessSms = code();
  await queue('consultationAccessCode', 'SMS', phone, { code: accessSms, reference: 'CO-7KQ3-XP9M', expiresAt: at }, [accessSms]);
  const phoneCode = code();
  await queue('phoneChangeCode', 'SMS', phone, { code: phoneCode, expiresAt: at }, [phoneCode]);
  await queue('phoneChangeNotice', 'SMS', phone, { newPhone: '+821099998888', changedAt: at }, []);
  const emailToken = token();
  await queue('contactChangeConfirm', 'EMAIL', email('confirm'), { url: `${site}/en/account/confirm-email?token=${emailToken}`, newEmail: email('confirm') }, [emailToken]);
  await queue('contactChangeNotice', 'EMAIL', email('notice'), { newEmail: email('confirm'), changedAt: at }, []);
  await queue('genericCaseMessage', 'EMAIL', email('case'), { reference: 'CO-7KQ3-XP9M', body: 'Please bring your passport.' }, []);
  const inviteToken = token();
  await queue('staffInvitation', 'EMAIL', email('invited'), { inviterName: '', url: `${site}/admin/invitation?token=${inviteToken}`, expiresAt: at }, [inviteToken]);

  for (const template of ['consultationBooked', 'consultationRescheduled', 'consultationCancelled', 'consultationReminder'] as const) {
    const bookingId = `cm${crypto.randomBytes(10).toString('hex')}`;
    const mac = token();
    const appointment = {
      bookingId,
      reference: 'CO-7KQ3-XP9M',
      topic: 'Wages and labour',
      startsAt: at,
      endsAt: new Date(at.getTime() + 3_600_000),
      channel: 'VISIT',
      centreName: 'Foreign Residents Consultation Center',
      centreAddress: '1 Wongok-ro',
      centrePhone: '+82-31-599-0000',
      manageUrl: `${site}/en/consultations/manage/${bookingId}.1.${mac}`,
      sequence: 0,
    };
    const extra = template === 'consultationCancelled' ? { bookAgainUrl: `${site}/en/consultations/book`, byStaff: false } : template === 'consultationReminder' ? {} : { lastChangeDay: at };
    await queue(template, 'EMAIL', email(template), { ...appointment, ...extra }, [mac, `${bookingId}.1.${mac}`]);
  }

  // A message stored before staff copies existed, "sent" without a mail server.
  const oldCode = code();
  const oldToken = token();
  const legacy = await db.outboxMessage.create({
    data: {
      channel: 'EMAIL',
      template: 'residentSignInCode',
      locale: 'en',
      to: email('legacy'),
      status: 'SENT',
      transport: 'none',
      sentAt: new Date(),
      subject: `Your code ${oldCode}`,
      text: `Your one-time code is ${oldCode}.\n${site}/en/account/confirm-email?token=${oldToken}`,
      html: `<p>${oldCode}</p>`,
    },
  });
  queued.push({ id: legacy.id, template: 'legacy', to: email('legacy'), secrets: [oldCode, oldToken] });

  await db.$disconnect();
  process.stdout.write(JSON.stringify({ phone, queued }));
}

void main();
