import { z } from 'zod';
import { emailField, phoneField, requiredLine, requiredText } from '@/lib/forms/fields';

export const channels = ['VISIT', 'PHONE', 'VIDEO'] as const;
export type Channel = (typeof channels)[number];
export const isChannel = (value: unknown): value is Channel => typeof value === 'string' && (channels as readonly string[]).includes(value);

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

/**
 * A field missing from the request (a hand-made POST, a form without the input) reads as empty,
 * so it gets the "required" key like an empty one, never zod's English "expected string".
 */
const present = <T extends z.ZodType>(schema: T) => z.preprocess((value) => value ?? '', schema);

const detailsObject = z.object({
  name: present(requiredLine(100)),
  email: optional(emailField),
  phone: optional(phoneField),
  problem: present(requiredText(2000)),
  interpreter: z.enum(['yes', 'no'], { error: 'choose' }),
  consent: z.literal('yes', { error: 'consentRequired' }),
});

/**
 * The "your details" step for a channel. Email or phone (or both): the confirmation, the reminder
 * and the code for managing the booking go to them. A phone consultation needs the phone itself:
 * the counsellor calls it, so an email alone would book a call nobody can make. The field names
 * are the form's input names (docs/decisions/003).
 */
export const detailsSchemaFor = (channel: Channel | undefined) =>
  detailsObject.superRefine((value, context) => {
    if (channel === 'PHONE' && !value.phone) context.addIssue({ code: 'custom', path: ['phone'], message: 'phoneRequiredForCall' });
    else if (!value.email && !value.phone) context.addIssue({ code: 'custom', path: ['email'], message: 'contactRequired' });
  });

/** The details whatever the channel (email or phone); a booking is checked with `detailsSchemaFor`. */
export const detailsSchema = detailsSchemaFor(undefined);

export type BookingDetails = z.output<typeof detailsSchema>;
export const detailFields = ['name', 'email', 'phone', 'problem', 'interpreter', 'consent'] as const;

/** "Manage a booking" without the link: the reference and the email or phone it was made with. */
export const lookupSchema = z.object({
  reference: z
    .string()
    .trim()
    .min(1, 'required')
    .transform((v) => v.toUpperCase().replace(/\s/g, '')),
  contact: requiredLine(254),
});
