import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Locale } from '@/lib/i18n/locales';
import { resolveText } from '@/lib/i18n/localized-text';

export type CityIdentity = {
  name: ReturnType<typeof resolveText>;
  agency: ReturnType<typeof resolveText>;
  phone: string;
  email: string;
  website: string;
};

/** The city running the portal: its name and contacts are data, never code (brief). */
export const getCityIdentity = cache(async (locale: Locale): Promise<CityIdentity | null> => {
  const city = await db.city.findFirst({
    orderBy: { createdAt: 'asc' },
    select: { name: true, agency: true, phone: true, email: true, website: true },
  });
  if (!city) return null;
  return {
    name: resolveText(city.name, locale),
    agency: resolveText(city.agency, locale),
    phone: city.phone,
    email: city.email,
    website: city.website,
  };
});
