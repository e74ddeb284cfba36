import { z } from 'zod';

export const DEFAULT_MAIL_FROM = 'Foreign Resident Services <no-reply@localhost>';

const blankIsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const mailEnvSchema = z.object({
  SMTP_URL: z.preprocess(
    blankIsUnset,
    z
      .string()
      .trim()
      .regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')
      .optional(),
  ),
  MAIL_FROM: z.preprocess(blankIsUnset, z.string().trim().default(DEFAULT_MAIL_FROM)),
});

export type MailConfig = { smtpUrl: string | undefined; from: string };

/** SMTP_URL unset means: keep emails in the outbox only (transport "none"). */
export function readMailConfig(source: Record<string, string | undefined> = process.env): MailConfig {
  const parsed = mailEnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new Error(`Invalid mail settings: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return { smtpUrl: parsed.data.SMTP_URL, from: parsed.data.MAIL_FROM };
}
