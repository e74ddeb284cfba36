import { CLIENT_IP_HEADER } from '@/lib/http/client-ip';

/**
 * What the staff and resident sign-ins share: their own `__Host-` session cookie (Secure,
 * HttpOnly, SameSite=Lax, whole site), the client address from server.mjs, no telemetry, and
 * Better Auth's limiter off because lib/auth/throttle.ts counts per account and per address.
 */
export function sharedAuthOptions(cookiePrefix: string, sessionCookie: string) {
  return {
    rateLimit: { enabled: false },
    advanced: {
      useSecureCookies: false, // Secure is set below; the prefix is __Host-, not Better Auth's __Secure-
      defaultCookieAttributes: { secure: true, httpOnly: true, sameSite: 'lax' as const, path: '/' },
      cookies: { session_token: { name: sessionCookie } },
      cookiePrefix,
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    telemetry: { enabled: false },
  };
}
