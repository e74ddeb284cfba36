import { localizedTextSchema } from '@/lib/i18n/localized-text';

/**
 * A centre's address as Korean writes it: what a resident shows a taxi driver or types into a
 * Korean map app, whatever language they read the page in. Null when the centre has none.
 */
export function koreanAddress(address: unknown): string | null {
  const parsed = localizedTextSchema.safeParse(address ?? {});
  return (parsed.success && parsed.data.ko) || null;
}

/**
 * Kakao Map's documented search link (map.kakao.com/link/search/<query>): it opens the KakaoMap
 * app on a phone that has it and the web map otherwise, and finds a Korean address reliably.
 * A geo: URI would do without a company, but iPhones do not open it and a query in geo: is
 * matched poorly by Korean addresses.
 */
export const mapSearchUrl = (korean: string) => `https://map.kakao.com/link/search/${encodeURIComponent(korean)}`;
