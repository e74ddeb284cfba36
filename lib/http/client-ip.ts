/**
 * The client's address, for throttling and the audit log. server.mjs puts the socket's address
 * (or, behind configured TRUSTED_PROXIES, the first untrusted hop of X-Forwarded-For) into
 * CLIENT_IP_HEADER and removes any value the client sent, so a spoofed X-Forwarded-For changes
 * nothing. Without server.mjs (next dev) the header is absent and the address is "unknown".
 */
export const CLIENT_IP_HEADER = 'x-portal-client-ip';
/** Set by server.mjs with a key only this process knows: without it the address header is ignored. */
export const PROXY_KEY_HEADER = 'x-portal-proxy-key';

export function clientIpFrom(headers: Headers): string {
  const key = process.env.PORTAL_PROXY_KEY;
  if (!key || headers.get(PROXY_KEY_HEADER) !== key) return 'unknown';
  return headers.get(CLIENT_IP_HEADER) ?? 'unknown';
}
