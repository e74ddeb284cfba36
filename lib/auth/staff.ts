import { siteUrl } from '@/lib/http/site-url';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { twoFactor } from 'better-auth/plugins';
import { databaseKind, dbForwarder, getDb } from '@/lib/db/client';
import { queueMessage } from '@/lib/notifications/outbox';
import { isLocale } from '@/lib/i18n/locales';
import { authSecret } from './secret';
import { hashPassword, PASSWORD_MAX, PASSWORD_MIN, verifyPassword } from './passwords';
import { sharedAuthOptions } from './shared-options';
import { STAFF_IDLE_SECONDS, STAFF_SESSION_COOKIE } from './staff-session-limits';

/**
 * Staff sign-in (docs/decisions/006): Better Auth over the StaffUser tables, email and password
 * (argon2id) then TOTP, or a recovery code. No sign-up: an administrator invites, and the
 * invitation is a password-setting link. Sessions slide: 30 minutes idle; the 12-hour absolute
 * limit, the account being active and the second factor are checked by requireStaff().
 */
export { STAFF_ABSOLUTE_SECONDS, STAFF_IDLE_SECONDS, STAFF_SESSION_COOKIE } from './staff-session-limits';
/** Better Auth's short-lived cookie for a sign-in waiting for its second factor. */
export const STAFF_TWO_FACTOR_COOKIE = 'staff.two_factor';
export const INVITATION_HOURS = 72;
/** Set for five minutes after enrolment: the recovery codes are shown then, and only then. */
export const RECOVERY_CODES_COOKIE = '__Host-show-recovery-codes';

function createStaffAuth() {
  return betterAuth({
    appName: 'Foreign Resident Services',
    baseURL: siteUrl(),
    basePath: '/api/auth/staff',
    secret: authSecret(),
    database: prismaAdapter(dbForwarder, { provider: databaseKind() === 'postgres' ? 'postgresql' : 'sqlite' }),
    user: { modelName: 'staffUser' },
    session: { modelName: 'staffSession', expiresIn: STAFF_IDLE_SECONDS, updateAge: 0 },
    account: { modelName: 'staffAccount' },
    verification: { modelName: 'staffVerification' },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
      password: { hash: hashPassword, verify: verifyPassword },
      resetPasswordTokenExpiresIn: INVITATION_HOURS * 60 * 60,
      revokeSessionsOnPasswordReset: true,
      // Invitations and password resets both arrive as a password-setting link.
      async sendResetPassword({ user, token }) {
        const staff = await getDb().staffUser.findUnique({ where: { id: user.id }, select: { locale: true } });
        const locale = staff && isLocale(staff.locale) ? staff.locale : 'ko';
        await queueMessage(getDb(), {
          channel: 'EMAIL',
          template: 'staffInvitation',
          locale,
          to: user.email,
          params: {
            inviterName: '',
            url: `${siteUrl()}/admin/invitation?token=${encodeURIComponent(token)}`,
            expiresAt: new Date(Date.now() + INVITATION_HOURS * 3_600_000),
          },
        });
      },
    },
    plugins: [
      twoFactor({
        issuer: 'Foreign Resident Services',
        schema: { twoFactor: { modelName: 'staffTwoFactor' } },
        backupCodeOptions: { amount: 10, length: 10, storeBackupCodes: 'encrypted' },
      }),
      nextCookies(),
    ],
    ...sharedAuthOptions('staff', STAFF_SESSION_COOKIE),
  });
}

type StaffAuth = ReturnType<typeof createStaffAuth>;
const globalForAuth = globalThis as unknown as { staffAuth?: StaffAuth };

export function staffAuth(): StaffAuth {
  globalForAuth.staffAuth ??= createStaffAuth();
  return globalForAuth.staffAuth;
}
