import { z } from 'zod';

/** Shared field schemas: they normalise what people type and carry message keys, not English. */
export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'required')
  .max(254, 'tooLong')
  .pipe(z.email('email'));

export const requiredText = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');

export const oneTimeCode = (digits: number) =>
  z
    .string()
    .transform((value) => value.replace(/[\s-]/g, ''))
    .pipe(z.string().regex(new RegExp(`^\\d{${digits}}$`), 'code'));
