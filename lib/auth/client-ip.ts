/**
 * The client's address, for throttling and the audit log. server.mjs puts the socket's address
 * (or, behind configured TRUSTED_PROXIES, the first untrusted hop of X-Forwarded-For) into
 * CLIENT_IP_HEADER and removes any value the client sent, so a spoofed X-Forwarded-For changes
 * nothing. Without server.mjs (next dev) the header is absent and the address is "unknown".
 */
export const CLIENT_IP_HEADER = 'x-portal-client-ip';

export function clientIpFrom(headers: Headers): string {
  return headers.get(CLIENT_IP_HEADER) ?? 'unknown';
}
