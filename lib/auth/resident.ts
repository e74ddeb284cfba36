import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { emailOTP } from 'better-auth/plugins';
import { databaseKind, dbForwarder, getDb } from '@/lib/db/client';
import { queueMessage } from '@/lib/notifications/outbox';
import { defaultLocale, isLocale } from '@/lib/i18n/locales';
import { authSecret } from './secret';
import { sharedAuthOptions } from './shared-options';
import { currentRequestLocale } from './request-locale';

/**
 * Resident sign-in (docs/decisions/006): no password, a 6-digit code sent by email, valid
 * 10 minutes, usable once, three tries per code; throttled per address and account by
 * lib/auth/throttle.ts. The first sign-in creates the Resident, in the language of the page.
 */
export const RESIDENT_IDLE_SECONDS = 60 * 60;
export const RESIDENT_ABSOLUTE_SECONDS = 12 * 60 * 60;
export const RESIDENT_SESSION_COOKIE = '__Host-resident-session';
export const SIGN_IN_CODE_MINUTES = 10;

function createResidentAuth() {
  return betterAuth({
    appName: 'Foreign Resident Services',
    baseURL: process.env.SITE_URL ?? 'http://localhost:3000',
    basePath: '/api/auth/resident',
    secret: authSecret(),
    database: prismaAdapter(dbForwarder, { provider: databaseKind() === 'postgres' ? 'postgresql' : 'sqlite' }),
    user: {
      modelName: 'resident',
      additionalFields: { preferredLocale: { type: 'string', required: false, input: false } },
    },
    session: { modelName: 'residentSession', expiresIn: RESIDENT_IDLE_SECONDS, updateAge: 0 },
    account: { modelName: 'residentAccount' },
    verification: { modelName: 'residentVerification' },
    databaseHooks: {
      user: {
        create: {
          // A new resident starts in the language of the page they signed in from.
          before: async (user) => ({ data: { ...user, name: user.name || '', preferredLocale: currentRequestLocale() ?? defaultLocale } }),
        },
      },
    },
    plugins: [
      emailOTP({
        otpLength: 6,
        expiresIn: SIGN_IN_CODE_MINUTES * 60,
        allowedAttempts: 3,
        storeOTP: 'hashed',
        async sendVerificationOTP({ email, otp }) {
          const resident = await getDb().resident.findUnique({ where: { email }, select: { id: true, preferredLocale: true } });
          const stored = resident?.preferredLocale;
          const locale = currentRequestLocale() ?? (isLocale(stored) ? stored : defaultLocale);
          await queueMessage(getDb(), {
            channel: 'EMAIL',
            template: 'residentSignInCode',
            locale,
            to: email,
            residentId: resident?.id,
            params: { code: otp, expiresAt: new Date(Date.now() + SIGN_IN_CODE_MINUTES * 60_000) },
          });
        },
      }),
      nextCookies(),
    ],
    ...sharedAuthOptions('resident', RESIDENT_SESSION_COOKIE),
  });
}

type ResidentAuth = ReturnType<typeof createResidentAuth>;
const globalForAuth = globalThis as unknown as { residentAuth?: ResidentAuth };

export function residentAuth(): ResidentAuth {
  globalForAuth.residentAuth ??= createResidentAuth();
  return globalForAuth.residentAuth;
}
