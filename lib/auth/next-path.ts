/**
 * A page to return to after signing in, taken from a form or the address only when it is a path
 * of this site in the same language ("/vi/support/apply?programme=MEDICAL"): never another host,
 * "//evil.example", a backslash trick or a script URL.
 */
export function safeNextPath(locale: string, value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 200) return null;
  return new RegExp(`^/${locale}/[a-z][a-z0-9/_-]*(\\?[A-Za-z0-9=&_-]*)?$`).test(value) && !value.includes('//') ? value : null;
}
