import { z } from 'zod';

/**
 * Who a message goes to, normalised when queued so the admin mail view can search by address
 * with the same results on SQLite and PostgreSQL (lower case, no separators; docs/decisions/001).
 */
export const emailRecipient = z.string().trim().toLowerCase().pipe(z.email());

/** E.164: "+", country code, up to 15 digits. Spaces, dashes, dots and brackets are dropped. */
export const phoneRecipient = z
  .string()
  .transform((value) => value.replace(/[\s().-]/g, ''))
  .pipe(z.string().regex(/^\+[1-9]\d{6,14}$/, 'Expected an international number such as +821012345678'));

/** "+821012345678" -> "+********5678": enough for staff and logs to tell numbers apart. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '').length;
  let seen = 0;
  return phone.replace(/\d/g, (d) => (++seen > digits - 4 ? d : '*'));
}
