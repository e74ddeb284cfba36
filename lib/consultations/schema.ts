import { z } from 'zod';
import { emailField, phoneField, requiredText } from '@/lib/forms/fields';

export const channels = ['VISIT', 'PHONE', 'VIDEO'] as const;
export type Channel = (typeof channels)[number];
export const isChannel = (value: unknown): value is Channel => typeof value === 'string' && (channels as readonly string[]).includes(value);

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

/**
 * A field missing from the request (a hand-made POST, a form without the input) reads as empty,
 * so it gets the "required" key like an empty one, never zod's English "expected string".
 */
const present = <T extends z.ZodType>(schema: T) => z.preprocess((value) => value ?? '', schema);

/**
 * The "your details" step. Email or phone (or both): the confirmation and the code for managing
 * the booking go to them. The field names are the form's input names (docs/decisions/003).
 */
export const detailsSchema = z
  .object({
    name: present(requiredText(100)),
    email: optional(emailField),
    phone: optional(phoneField),
    problem: present(z.string().trim().min(1, 'required').max(2000, 'tooLong')),
    interpreter: z.enum(['yes', 'no'], { error: 'choose' }),
    consent: z.literal('yes', { error: 'consentRequired' }),
  })
  .superRefine((value, context) => {
    if (!value.email && !value.phone) context.addIssue({ code: 'custom', path: ['email'], message: 'contactRequired' });
  });

export type BookingDetails = z.output<typeof detailsSchema>;
export const detailFields = ['name', 'email', 'phone', 'problem', 'interpreter', 'consent'] as const;

/** "Manage a booking" without the link: the reference and the email or phone it was made with. */
export const lookupSchema = z.object({
  reference: z
    .string()
    .trim()
    .min(1, 'required')
    .transform((v) => v.toUpperCase().replace(/\s/g, '')),
  contact: requiredText(254),
});
