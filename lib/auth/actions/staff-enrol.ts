'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import QRCode from 'qrcode';
import { z } from 'zod';
import { oneTimeCode } from '@/lib/forms/fields';
import { translateIssues, type FormState } from '@/lib/forms/state';
import { formErrorText } from '@/lib/forms/issue-keys';
import { recordAudit } from '@/lib/audit/record';
import { requireStaff } from '../guards';
import { RECOVERY_CODES_COOKIE, staffAuth } from '../staff';
import { grantRecoveryCodesView } from '../recovery-codes-grant';
import { db } from '@/lib/db';

export type EnrolState = FormState & {
  step?: 'password' | 'scan';
  secret?: string;
  qrSvg?: string;
  uri?: string;
};

/** The base32 secret, for people who type it into their app instead of scanning. */
const secretOf = (uri: string) => new URL(uri).searchParams.get('secret') ?? '';

/**
 * Enrolling the second factor, in three steps on one page: confirm the password (Better Auth
 * requires it), scan the QR code or type the key and confirm with a code, then keep the recovery
 * codes. Until this is done, requireStaff() sends the person here and nowhere else.
 */
export async function enrolSecondFactor(previous: EnrolState, formData: FormData): Promise<EnrolState> {
  const staff = await requireStaff({ allowWithoutSecondFactor: true });
  if (staff.twoFactorEnabled) redirect('/admin');
  const [t, tf] = await Promise.all([getTranslations('Admin.security'), getTranslations('Forms.errors')]);
  const requestHeaders = await headers();

  if (formData.get('step') === 'password') {
    const password = String(formData.get('password') ?? '');
    if (!password) return { step: 'password', fieldErrors: { password: tf('required') } };
    try {
      const enabled = await staffAuth().api.enableTwoFactor({ body: { password }, headers: requestHeaders });
      if (!('totpURI' in enabled)) throw new Error('TOTP was not offered');
      const { totpURI } = enabled;
      const qrSvg = await QRCode.toString(totpURI, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      // Recovery codes are shown after the first code proves the app works.
      return { step: 'scan', uri: totpURI, secret: secretOf(totpURI), qrSvg };
    } catch {
      return { step: 'password', fieldErrors: { password: t('wrongPassword') } };
    }
  }

  const parsed = z.object({ code: oneTimeCode(6) }).safeParse({ code: formData.get('code') });
  if (!parsed.success) return { ...previous, step: 'scan', fieldErrors: translateIssues(parsed.error, formErrorText(tf)) };
  try {
    await staffAuth().api.verifyTOTP({ body: { code: parsed.data.code }, headers: requestHeaders });
  } catch {
    return { ...previous, step: 'scan', fieldErrors: { code: t('wrongCode') } };
  }
  await recordAudit({ actor: { type: 'staff', id: staff.id }, action: 'change', entity: 'StaffUser', entityId: staff.id, detail: { fields: ['twoFactor'] } });
  // The recovery codes are shown once, on their own page, for a few minutes after enrolment.
  const grant = await grantRecoveryCodesView(db, staff.id);
  (await cookies()).set(RECOVERY_CODES_COOKIE, grant, { path: '/', maxAge: 300, httpOnly: true, secure: true, sameSite: 'strict' });
  redirect('/admin/security/recovery-codes');
}
