// Plain JavaScript so server.mjs can use it without a build step; see server.mjs for why.

const normalise = (address = '') => address.trim().replace(/^::ffff:/, '');

/**
 * The client's address: the connection's, unless the connection comes from a trusted proxy, in
 * which case the first address from the right of X-Forwarded-For that is not a trusted proxy.
 * Addresses a client prepends to X-Forwarded-For are never reached.
 * @param {string | undefined} socketAddress
 * @param {string | string[] | undefined} forwardedFor
 * @param {Set<string>} trustedProxies
 */
export function clientAddress(socketAddress, forwardedFor, trustedProxies) {
  const direct = normalise(socketAddress);
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
  if (!trustedProxies.has(direct) || !header) return direct || 'unknown';
  const hops = header.split(',').map(normalise).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) if (!trustedProxies.has(hops[i])) return hops[i];
  return direct;
}

export function parseTrustedProxies(value = '') {
  return new Set(value.split(',').map(normalise).filter(Boolean));
}
