import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/http/site-url';
import { languageTags, locales } from '@/lib/i18n/locales';

// Pages worth finding from a search engine; the booking steps and manage pages are not indexed.
const publicPaths = ['', '/centers', '/consultations'];

export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  return publicPaths.flatMap((path) =>
    locales.map((locale) => ({
      url: `${base}/${locale}${path}`,
      changeFrequency: 'weekly' as const,
      alternates: { languages: Object.fromEntries(locales.map((l) => [languageTags[l], `${base}/${l}${path}`])) },
    })),
  );
}
