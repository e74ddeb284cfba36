import { z } from 'zod';
import { cleanMultiline, cleanSingleLine } from '@/lib/text/clean';

/** Shared field schemas: they normalise what people type and carry message keys, not English. */
export const emailField = z.string().trim().toLowerCase().min(1, 'required').max(254, 'tooLong').pipe(z.email('email'));

/** Free text (a problem, a note): several lines, control characters removed (lib/text/clean). */
export const requiredText = (max: number) => z.string().transform(cleanMultiline).pipe(z.string().trim().min(1, 'required').max(max, 'tooLong'));

/** One line: a name, a reason, a reference; also without bidirectional overrides. */
export const requiredLine = (max: number) => z.string().transform(cleanSingleLine).pipe(z.string().trim().min(1, 'required').max(max, 'tooLong'));

export const oneTimeCode = (digits: number) =>
  z
    .string()
    .transform((value) => value.replace(/[\s-]/g, ''))
    .pipe(z.string().regex(new RegExp(`^\\d{${digits}}$`), 'code'));

/**
 * A phone number as people type it here ("010-1234-5678", "+84 90 123 4567") stored in E.164,
 * which SMS providers need: a domestic number starting with 0 is taken as Korean.
 */
export const phoneField = z
  .string()
  .transform((value) => value.replace(/[\s().-]/g, ''))
  .transform((value) => (/^0\d{8,10}$/.test(value) ? `+82${value.slice(1)}` : value))
  .pipe(z.string().regex(/^\+[1-9]\d{7,14}$/, 'phone'));
