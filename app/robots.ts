import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/http/site-url';

export default function robots(): MetadataRoute.Robots {
  const base = siteUrl();
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/', '/*/account', '/*/consultations/book', '/*/consultations/manage'] }],
    sitemap: `${base}/sitemap.xml`,
  };
}
