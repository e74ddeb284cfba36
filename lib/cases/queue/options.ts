import 'server-only';
import { db } from '@/lib/db';
import { parseRoles, permissionsOf } from '@/lib/auth/roles';
import { resolveText } from '@/lib/i18n/localized-text';
import type { Locale } from '@/lib/i18n/locales';

/**
 * Nationalities offered in the filter: those of the seed documents' largest groups in Ansan and
 * Gyeonggi, in ISO 3166-1 alpha-2 (names come from Intl.DisplayNames in the viewer's language).
 * A fixed list, not a DISTINCT over every resident on each page load.
 */
export const queueNationalities = ['CN', 'VN', 'UZ', 'KH', 'NP', 'ID', 'TH', 'PH', 'MN', 'MM', 'LK', 'BD', 'LA', 'PK', 'RU', 'KZ', 'KG', 'TL', 'IN', 'US'] as const;

/** The queue's choice lists: staff who may hold cases, and centres, in the viewer's language. */
export async function queueOptions(locale: Locale) {
  const [staff, centres] = await Promise.all([
    db.staffUser.findMany({ where: { active: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true, roles: true }, take: 500 }),
    db.center.findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: { id: true, name: true } }),
  ]);
  const holdsCases = (roles: unknown) => {
    const granted = permissionsOf(parseRoles(roles));
    return granted.has('case:update:assigned') || granted.has('case:update:any');
  };
  return {
    staff: staff.filter((s) => holdsCases(s.roles)).map((s) => ({ id: s.id, name: s.name })),
    centres: centres.map((c) => ({ id: c.id, name: resolveText(c.name, locale).text })),
  };
}
