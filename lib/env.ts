import { z } from 'zod';

// An empty value (`SMTP_URL=` as copied from .env.example) means unset.
const blankIsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsUnset, schema.optional());
const onOff = optional(z.enum(['on', 'off']));

/**
 * The largest regular payment of the 2026 rules (the medical expenses ceiling): a caseworker
 * grants up to it; anything above is exceptional and waits for a supervisor (decision 022).
 */
export const DEFAULT_APPROVAL_ABOVE = 3_000_000;
/**
 * Whole won, or `none` for no second approval at all; unset means the default. A number, or
 * null for none, once parsed (lib/support/staff/approval.ts reads it through this schema).
 */
export const supportApprovalAbove = z.preprocess(
  blankIsUnset,
  z
    .string()
    .regex(/^(none|\d+)$/, 'SUPPORT_APPROVAL_ABOVE must be a whole number of won, or none')
    .default(String(DEFAULT_APPROVAL_ABOVE))
    .transform((value) => (value === 'none' ? null : Number(value)))
    .refine((value) => value === null || Number.isSafeInteger(value), 'SUPPORT_APPROVAL_ABOVE must be a whole number of won, or none'),
);

/**
 * Every variable the portal reads, validated once at start (scripts/db-prepare.ts, run by
 * `npm start` and the e2e server, and instrumentation.ts when a server starts). .env.example
 * documents each one; tests/unit/env.test.ts fails when code reads a variable not listed here.
 */
const envSchema = z.object({
  NODE_ENV: z.preprocess(blankIsUnset, z.enum(['development', 'production', 'test']).default('development')),
  DATABASE_URL: optional(z.string().regex(/^(file:|postgres(ql)?:\/\/)/, 'DATABASE_URL must be file:… or postgres://…')),
  SITE_URL: z.preprocess(blankIsUnset, z.url().default('http://localhost:3000')),
  PORT: z.preprocess(blankIsUnset, z.coerce.number().int().min(1).max(65535).default(3000)),
  HOST: z.preprocess(blankIsUnset, z.string().min(1).default('0.0.0.0')),
  SEED_ON_START: z.preprocess(blankIsUnset, z.enum(['true', 'false']).default('true')),
  SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')),
  MAIL_FROM: optional(z.string().min(3)),
  AUTH_SECRET: optional(z.string().min(32, 'AUTH_SECRET must be at least 32 characters')),
  // Set by `npm start` when AUTH_SECRET is not: one machine may keep its key under data/.
  PORTAL_LOCAL_SECRETS: optional(z.enum(['1'])),
  // Seals emergency support's sensitive answers (lib/support/sealed.ts): 32 bytes as hex.
  SUPPORT_DATA_KEY: optional(z.string().regex(/^[0-9a-f]{64}$/i, 'SUPPORT_DATA_KEY must be 64 hexadecimal digits')),
  // Emergency support grants above this many won wait for a second person (lib/support/staff/approval.ts).
  SUPPORT_APPROVAL_ABOVE: supportApprovalAbove,
  // Only the browser tests set it: the notices' clock offset file (lib/time/clock.ts, decision 029).
  E2E_CLOCK_FILE: optional(z.string().min(1)),
  // Folders of the fonts decision letters are set in (lib/letters/fonts.ts), separated by ":".
  LETTER_FONT_DIRS: optional(z.string().regex(/^\/[^:]*(:\/[^:]*)*$/, 'LETTER_FONT_DIRS must be absolute folders separated by ":"')),
  REDIS_URL: optional(z.string().regex(/^rediss?:\/\//, 'REDIS_URL must start with redis://')),
  TRUSTED_PROXIES: optional(z.string()),
  DISPATCHER: onOff,
  SCHEDULER: onOff,
  // Written by server.mjs at each start (random, 24 bytes as hex); never set by hand.
  PORTAL_PROXY_KEY: optional(z.string().regex(/^[0-9a-f]{48}$/, 'PORTAL_PROXY_KEY is set by server.mjs; leave it unset')),
  NEXT_DIST_DIR: optional(z.string().min(1)),
  NEXT_TELEMETRY_DISABLED: optional(z.enum(['0', '1'])),
  // Prisma's command line (prisma.config.ts): which schema, and the SQLite file it diffs against.
  PRISMA_DB: optional(z.enum(['sqlite', 'postgres'])),
  PRISMA_SQLITE_FILE: optional(z.string().min(1)),
});

/** Set by Next.js itself for the code it runs, never by whoever runs the portal. */
// Set by Next, or read only at build time by next.config.ts (CI, and the e2e build's skipped type check).
export const frameworkVariables = ['NEXT_RUNTIME', 'NEXT_PHASE', 'CI', 'NEXT_SKIP_TYPE_CHECK'] as const;

export const envVariables = Object.keys(envSchema.shape) as (keyof typeof envSchema.shape)[];

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return parsed.data;
}
