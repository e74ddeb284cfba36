import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { Locale } from '@/lib/i18n/locales';
import { languageNameIn } from '@/lib/i18n/language-name';
import { resolveText, type ResolvedText } from '@/lib/i18n/localized-text';
import { describeHours, openingHoursSchema } from './hours';
import { koreanAddress } from './korean-address';

export type CenterCard = {
  slug: string;
  name: ResolvedText;
  summary: ResolvedText;
  address: ResolvedText;
  /** The address as Korean writes it, for a taxi driver or a map app */
  addressKo: string | null;
  phone: string;
  email: string | null;
  hours: ReturnType<typeof describeHours>;
  languages: string[];
  offers: ResolvedText[];
  /** true when any of the texts above is shown in another language than the reader's */
  hasFallback: boolean;
};

const languageCodes = z.array(z.string());
const offerList = z.array(z.record(z.string(), z.string()));

export async function listCenters(locale: Locale): Promise<CenterCard[]> {
  const rows = await db.center.findMany({
    orderBy: [{ sortOrder: 'asc' }, { slug: 'asc' }],
    select: { slug: true, name: true, summary: true, address: true, phone: true, email: true, hours: true, languages: true, offers: true },
  });
  return rows.map((row) => {
    const name = resolveText(row.name, locale);
    const summary = resolveText(row.summary, locale);
    const address = resolveText(row.address, locale);
    const offers = offerList
      .catch([])
      .parse(row.offers)
      .map((offer) => resolveText(offer, locale));
    return {
      slug: row.slug,
      name,
      summary,
      address,
      addressKo: koreanAddress(row.address),
      phone: row.phone,
      email: row.email,
      hours: describeHours(openingHoursSchema.catch([]).parse(row.hours), locale),
      languages: languageCodes
        .catch([])
        .parse(row.languages)
        .map((code) => languageNameIn(code, locale)),
      offers,
      hasFallback: [name, summary, address, ...offers].some((text) => text.isFallback),
    };
  });
}
