/**
 * Secrets in messages (docs/decisions/010). A code or a private link in a message lets whoever
 * reads it act as the recipient: sign in, open a booking, set a new member of staff's password.
 * Staff read messages in the mail view to answer "did they get it?", which needs neither, so
 * they see each secret as a mask.
 */
export const SECRET_MASK = '••••••';

/**
 * What a secret param is, which decides its mask: a `code` is hidden whole; a `link` keeps its
 * address and the words of its path, so staff can tell which page it opens, and loses the rest.
 */
export type SecretKind = 'code' | 'link';

// A path segment that is a plain word ("admin", "consultations", "confirm-email", a locale) names
// a page; anything else (digits, dots, mixed case, long) may be a token.
const pageWord = /^[a-z][a-z-]{0,19}$/;

/** "https://x/vi/consultations/manage/<token>?a=b" -> "https://x/vi/consultations/manage/••••••?a=••••••". */
export function maskLink(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return SECRET_MASK;
  }
  const path = url.pathname
    .split('/')
    .map((segment) => (segment === '' || pageWord.test(segment) ? segment : SECRET_MASK))
    .join('/');
  const query = [...url.searchParams.keys()].map((key) => `${pageWord.test(key) ? key : SECRET_MASK}=${SECRET_MASK}`);
  // The origin leaves out any user:password the address carried.
  return `${url.origin}${path}${query.length ? `?${query.join('&')}` : ''}${url.hash ? `#${SECRET_MASK}` : ''}`;
}

export function maskSecret(kind: SecretKind, value: string): string {
  return kind === 'link' ? maskLink(value) : SECRET_MASK;
}

// Bidirectional isolates and marks around a value in right-to-left text are not part of a link.
const linkPattern = /https?:\/\/[^\s<>"'\u200e\u200f\u2066-\u2069]+/g;
const sixDigits = /(?<![0-9A-Za-z])\d{6}(?![0-9A-Za-z])/g;

/**
 * For messages queued before the staff copy existed, which have only the real text: every link
 * loses what may be a token and every 6-digit number (all codes the portal sends) is hidden.
 * It may hide a harmless number too; that is the price of not knowing which params were secret.
 */
export function maskLegacyText(text: string): string {
  return text.replace(linkPattern, (link) => maskLink(link)).replace(sixDigits, SECRET_MASK);
}
