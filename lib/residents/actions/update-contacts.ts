'use server';

import { siteUrl } from '@/lib/http/site-url';
import crypto from 'node:crypto';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { db } from '@/lib/db';
import { requireResident } from '@/lib/auth/guards';
import { recordAudit } from '@/lib/audit/record';
import { emailField, oneTimeCode, phoneField } from '@/lib/forms/fields';
import { issueCode, pendingChallenge, verifyCode } from '@/lib/codes/one-time';
import { keptValues, translateIssues, type FormState } from '@/lib/forms/state';
import { formErrorText } from '@/lib/forms/issue-keys';
import { isLocale, localeFromForm, type Locale } from '@/lib/i18n/locales';
import { queueMessage } from '@/lib/notifications/outbox';
import { takeAttempt } from '@/lib/auth/throttle';
import { CHANGED_EMAIL_COOKIE, EMAIL_CHANGE_HOURS, emailChangeIdentifier } from '../email-change';

/** Each change request sends a link or a text: a few per resident per hour. */
async function contactChangeRefusal(residentId: string, locale: Locale): Promise<string | null> {
  const state = await takeAttempt([{ rule: 'contactChangeResident', key: residentId }]);
  if (!state.blocked) return null;
  const t = await getTranslations({ locale, namespace: 'Account.signIn' });
  return t('throttled', { minutes: Math.ceil(state.retryAfterSeconds / 60) });
}

/** The language we write to the resident in (emails, texts, letters). */
export async function updatePreferredLanguage(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeFromForm(formData);
  const resident = await requireResident(locale);
  const chosen = formData.get('preferredLocale');
  const t = await getTranslations({ locale, namespace: 'Account.settings' });
  if (!isLocale(chosen)) return { fieldErrors: { preferredLocale: (await getTranslations({ locale, namespace: 'Forms.errors' }))('choose') } };
  await db.resident.update({ where: { id: resident.id }, data: { preferredLocale: chosen } });
  await recordAudit({ actor: { type: 'resident', id: resident.id }, action: 'change', entity: 'Resident', entityId: resident.id, residentId: resident.id, detail: { fields: ['preferredLocale'] } });
  return { notice: t('languageSaved') };
}

const PHONE_CHANGE = 'resident-phone-change';

export type PhoneChangeState = FormState & { step?: 'number' | 'code'; phone?: string };

/**
 * A new phone number is saved only after the code sent to it by text message is entered; the old
 * number is told. Step 1 sends the code, step 2 checks it (three tries, ten minutes).
 */
export async function changePhone(_previous: PhoneChangeState, formData: FormData): Promise<PhoneChangeState> {
  const locale = localeFromForm(formData);
  const resident = await requireResident(locale);
  const [t, tf] = await Promise.all([getTranslations({ locale, namespace: 'Account.settings' }), getTranslations({ locale, namespace: 'Forms.errors' })]);

  if (formData.get('step') !== 'code') {
    const parsed = phoneField.safeParse(formData.get('phone') ?? '');
    if (!parsed.success) return { step: 'number', values: keptValues(formData, ['phone']), fieldErrors: { phone: tf('phone') } };
    const phone = parsed.data;
    const current = await db.resident.findUniqueOrThrow({ where: { id: resident.id }, select: { phone: true } });
    if (current.phone === phone) return { step: 'number', values: { phone }, fieldErrors: { phone: t('phoneSame') } };
    const refusal = await contactChangeRefusal(resident.id, locale);
    if (refusal) return { step: 'number', values: { phone }, fieldErrors: { phone: refusal } };
    await db.$transaction(async (tx) => {
      // One pending change at a time: a new number replaces the code sent to the last one.
      const { code, expiresAt } = await issueCode(tx, PHONE_CHANGE, { subjectId: resident.id, data: { phone }, replace: true });
      await queueMessage(tx, { channel: 'SMS', template: 'phoneChangeCode', locale: resident.preferredLocale, to: phone, residentId: resident.id, params: { code, expiresAt } });
    });
    return { step: 'code', phone, notice: t('phoneCodeSent', { phone }) };
  }

  const pending = await pendingChallenge(db, PHONE_CHANGE, resident.id);
  const pendingPhone = z.object({ phone: z.string() }).safeParse(pending?.data ?? {});
  if (!pending || !pendingPhone.success) return { step: 'number', fieldErrors: { phone: t('phoneWrongCode') } };
  const code = oneTimeCode(6).safeParse(formData.get('code') ?? '');
  const check = code.success ? await verifyCode(db, PHONE_CHANGE, pending.id, code.data) : ({ kind: 'wrong' } as const);
  if (check.kind === 'expired') return { step: 'number', fieldErrors: { phone: t('phoneWrongCode') } };
  if (check.kind === 'wrong') return { step: 'code', phone: pendingPhone.data.phone, fieldErrors: { code: t('phoneWrongCode') } };
  const stored = { data: pendingPhone.data };
  const before = await db.resident.findUniqueOrThrow({ where: { id: resident.id }, select: { phone: true } });
  await db.$transaction(async (tx) => {
    await tx.resident.update({ where: { id: resident.id }, data: { phone: stored.data.phone } });
    if (before.phone) {
      await queueMessage(tx, {
        channel: 'SMS',
        template: 'phoneChangeNotice',
        locale: resident.preferredLocale,
        to: before.phone,
        residentId: resident.id,
        params: { newPhone: stored.data.phone, changedAt: new Date() },
      });
    }
  });
  await recordAudit({ actor: { type: 'resident', id: resident.id }, action: 'change', entity: 'Resident', entityId: resident.id, residentId: resident.id, detail: { fields: ['phone'] } });
  return { step: 'number', values: { phone: stored.data.phone }, notice: t('phoneSaved') };
}

/**
 * A new email address takes effect only when the resident opens the link sent to it; the old
 * address is told when it happens (confirmEmailChange). Nothing changes until then.
 */
export async function requestEmailChange(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeFromForm(formData);
  const resident = await requireResident(locale);
  const [t, tf] = await Promise.all([getTranslations({ locale, namespace: 'Account.settings' }), getTranslations({ locale, namespace: 'Forms.errors' })]);
  const values = keptValues(formData, ['email']);
  const parsed = z.object({ email: emailField }).safeParse({ email: formData.get('email') });
  if (!parsed.success) return { values, fieldErrors: translateIssues(parsed.error, formErrorText(tf)) };
  const newEmail = parsed.data.email;
  if (newEmail === resident.email) return { values, fieldErrors: { email: t('emailSame') } };
  const refusal = await contactChangeRefusal(resident.id, locale);
  if (refusal) return { values, fieldErrors: { email: refusal } };
  // The same answer whether or not the address belongs to another resident, so this form tells
  // nobody who has an account; a taken address gets no link (confirming would fail anyway).
  const sent = { notice: t('emailChangeSent', { email: newEmail }) };
  if (await db.resident.findUnique({ where: { email: newEmail }, select: { id: true } })) return sent;

  const token = crypto.randomBytes(24).toString('base64url');
  await db.$transaction(async (tx) => {
    await tx.residentVerification.create({
      data: {
        identifier: emailChangeIdentifier(token),
        value: JSON.stringify({ residentId: resident.id, newEmail }),
        expiresAt: new Date(Date.now() + EMAIL_CHANGE_HOURS * 3_600_000),
      },
    });
    await queueMessage(tx, {
      channel: 'EMAIL',
      template: 'contactChangeConfirm',
      locale: resident.preferredLocale,
      to: newEmail,
      residentId: resident.id,
      params: { url: `${siteUrl()}/${resident.preferredLocale}/account/confirm-email?token=${token}`, newEmail },
    });
  });
  return sent;
}

const tokenSchema = z.string().min(20).max(100);

/** Opened from the link in the new mailbox; a button (POST), so mail scanners cannot confirm it. */
export async function confirmEmailChange(_previous: void, formData: FormData) {
  const locale = localeFromForm(formData);
  const token = tokenSchema.safeParse(formData.get('token'));
  if (!token.success) redirect(`/${locale}/account/confirm-email?status=invalid`);
  const identifier = emailChangeIdentifier(token.data);
  const pending = await db.residentVerification.findFirst({ where: { identifier, expiresAt: { gt: new Date() } } });
  if (!pending) redirect(`/${locale}/account/confirm-email?status=invalid`);
  const { residentId, newEmail } = z.object({ residentId: z.string(), newEmail: z.string() }).parse(JSON.parse(pending.value));
  const resident = await db.resident.findUnique({ where: { id: residentId }, select: { email: true, preferredLocale: true } });
  if (!resident) redirect(`/${locale}/account/confirm-email?status=invalid`);
  const oldEmail = resident.email;
  const writeLocale = isLocale(resident.preferredLocale) ? resident.preferredLocale : locale;
  try {
    await db.$transaction(async (tx) => {
      await tx.residentVerification.deleteMany({ where: { identifier } });
      await tx.resident.update({ where: { id: residentId }, data: { email: newEmail, emailVerified: true } });
      // Other signed-in devices must sign in again with the new address.
      await tx.residentSession.deleteMany({ where: { userId: residentId } });
      if (oldEmail) {
        await queueMessage(tx, { channel: 'EMAIL', template: 'contactChangeNotice', locale: writeLocale, to: oldEmail, residentId, params: { newEmail, changedAt: new Date() } });
      }
    });
  } catch {
    // The new address was taken in the meantime (unique index).
    redirect(`/${locale}/account/confirm-email?status=invalid`);
  }
  await recordAudit({ actor: { type: 'resident', id: residentId }, action: 'change', entity: 'Resident', entityId: residentId, residentId, detail: { fields: ['email'] } });
  // The page says which address is now used; from a short-lived cookie on this device, never the
  // URL, where proxies, history and referrers would keep it.
  (await cookies()).set(CHANGED_EMAIL_COOKIE, newEmail, { httpOnly: true, sameSite: 'lax', secure: siteUrl().startsWith('https:'), maxAge: 120, path: `/${locale}/account/confirm-email` });
  redirect(`/${locale}/account/confirm-email?status=done`);
}
