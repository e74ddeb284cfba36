'use server';

import { randomBytes } from 'node:crypto';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { clientIpFrom } from '@/lib/http/client-ip';
import { takeAttempt } from '@/lib/auth/throttle';
import { oneTimeCode } from '@/lib/forms/fields';
import { honeypotFilled } from '@/lib/actions/honeypot';
import { keptValues, translateIssues, type FormState } from '@/lib/forms/state';
import { formErrorText } from '@/lib/forms/issue-keys';
import { localeFromForm } from '@/lib/i18n/locales';
import { startChallenge, verifyChallenge } from '../access-codes';
import { cancelBooking, rescheduleBooking } from '../changes';
import { lookupSchema } from '../schema';
import { bookingOfLink } from '../link-access';
import { manageToken } from '../tokens';

export type LookupState = FormState & { step?: 'lookup' | 'code'; challenge?: string };

const text = (formData: FormData, name: string) => String(formData.get(name) ?? '');

/**
 * "Manage without the link": reference + the email or phone used, then the code sent there.
 * Attempts are throttled per address; the same answer comes whether or not the reference exists.
 */
export async function lookUpBooking(_previous: LookupState, formData: FormData): Promise<LookupState> {
  const locale = localeFromForm(formData);
  const [t, tf] = await Promise.all([getTranslations({ locale, namespace: 'Consultations.lookup' }), getTranslations({ locale, namespace: 'Forms.errors' })]);
  const ip = clientIpFrom(await headers());

  if (formData.get('step') === 'code') {
    const challenge = text(formData, 'challenge');
    const code = oneTimeCode(6).safeParse(formData.get('code') ?? '');
    if (!code.success) return { step: 'code', challenge, fieldErrors: translateIssues(code.error, formErrorText(tf)) };
    const result = await verifyChallenge(db, challenge, code.data);
    if (result.kind === 'expired') return { step: 'lookup', formError: t('codeExpired') };
    if (result.kind === 'wrong') return { step: 'code', challenge, fieldErrors: { code: t('codeWrong') } };
    const booking = await db.consultationBooking.findUniqueOrThrow({ where: { id: result.bookingId }, select: { id: true, linkVersion: true } });
    redirect(`/${locale}/consultations/manage/${manageToken(booking)}`);
  }

  const values = keptValues(formData, ['reference', 'contact']);
  // A bot filling the hidden field gets the next page as anyone would, and no code is sent.
  if (honeypotFilled(formData)) return { step: 'code', challenge: randomBytes(18).toString('base64url') };
  const parsed = lookupSchema.safeParse({ reference: formData.get('reference') ?? '', contact: formData.get('contact') ?? '' });
  if (!parsed.success) return { step: 'lookup', values, fieldErrors: translateIssues(parsed.error, formErrorText(tf)) };
  const keys = [{ rule: 'residentCodeRequestAddress' as const, key: ip }];
  // Counted before the code is sent (each lookup sends one): a parallel burst is stopped at the limit.
  const throttle = await takeAttempt(keys);
  if (throttle.blocked) return { step: 'lookup', values, formError: t('throttled', { minutes: Math.ceil(throttle.retryAfterSeconds / 60) }) };
  const challenge = await startChallenge(db, parsed.data);
  return { step: 'code', challenge };
}

/**
 * Moves the booking behind a private link to the chosen slot; answers with a redirect either way
 * (to the booking, or back to the time choice with the problem named).
 */
export async function rescheduleFromLink(_previous: void, formData: FormData): Promise<void> {
  const locale = localeFromForm(formData);
  const token = text(formData, 'token');
  const page = `/${locale}/consultations/manage/${encodeURIComponent(token)}`;
  const bookingId = await bookingOfLink(token);
  if (!bookingId) redirect(page);
  const slot = text(formData, 'slot');
  if (!slot) redirect(`${page}/reschedule?problem=choose`);
  const result = await rescheduleBooking(db, bookingId, slot);
  if (result.kind === 'rescheduled') redirect(`${page}?changed=1`);
  redirect(`${page}/reschedule?problem=${result.kind === 'not_allowed' ? result.reason : result.kind === 'full' ? 'full' : 'unavailable'}`);
}

/** The confirm button on the cancel page (never a plain link: mail scanners follow links). */
export async function cancelFromLink(_previous: void, formData: FormData): Promise<void> {
  const locale = localeFromForm(formData);
  const token = text(formData, 'token');
  const page = `/${locale}/consultations/manage/${encodeURIComponent(token)}`;
  const bookingId = await bookingOfLink(token);
  if (!bookingId) redirect(page);
  const result = await cancelBooking(db, bookingId);
  redirect(result.kind === 'cancelled' ? `${page}?cancelled=1` : `${page}/cancel?problem=${result.reason}`);
}
