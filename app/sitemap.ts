import type { MetadataRoute } from 'next';
import { languageTags, locales } from '@/lib/i18n/locales';

const publicPaths = ['', '/centers'];

export default function sitemap(): MetadataRoute.Sitemap {
  const base = process.env.SITE_URL ?? 'http://localhost:3000';
  return publicPaths.flatMap((path) =>
    locales.map((locale) => ({
      url: `${base}/${locale}${path}`,
      changeFrequency: 'weekly' as const,
      alternates: { languages: Object.fromEntries(locales.map((l) => [languageTags[l], `${base}/${l}${path}`])) },
    })),
  );
}
