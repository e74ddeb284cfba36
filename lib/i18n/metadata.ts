import { siteUrl } from '@/lib/http/site-url';
import type { Metadata } from 'next';
import { languageTags, locales, type Locale } from './locales';

/**
 * Canonical and hreflang alternates for a page that exists in every locale.
 * `path` is the page's path without the locale ('' for home).
 */
export function alternatesFor(locale: Locale, path: string): Metadata['alternates'] {
  const languages: Record<string, string> = {};
  for (const l of locales) languages[languageTags[l]] = `/${l}${path}`;
  languages['x-default'] = path || '/'; // the proxy sends it to the visitor's language
  return { canonical: `/${locale}${path}`, languages };
}

export const metadataBase = () => new URL(siteUrl());
