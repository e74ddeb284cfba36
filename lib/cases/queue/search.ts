import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { phoneField } from '@/lib/forms/fields';
import { normalizeCaseReference } from '../reference';

export type SearchTerm = { by: 'email'; email: string } | { by: 'phone'; phone: string } | { by: 'phoneDigits'; digits: string } | { by: 'text'; text: string; reference: string | null };

const REFERENCE = /^[A-Z]{2}-[0-9A-Z]{4}-[0-9A-Z]{4}$/;

/**
 * What staff typed in the one search box, read as an email address, a phone number however it
 * was typed ("010-1234-5678", "+82 10 1234 5678", "01012345678": the same E.164 number as
 * residents' phones are stored, lib/forms/fields.ts), or else a name, which may also be a case
 * reference ("co 7kq3 xp9m").
 */
export function readSearch(q: string | undefined): SearchTerm | null {
  const typed = q?.trim();
  if (!typed) return null;
  if (typed.includes('@')) return { by: 'email', email: typed.toLowerCase() };
  if (/^[+\d\s().-]+$/.test(typed) && typed.replace(/\D/g, '').length >= 7) {
    const phone = phoneField.safeParse(typed);
    return phone.success ? { by: 'phone', phone: phone.data } : { by: 'phoneDigits', digits: typed.replace(/\D/g, '') };
  }
  const reference = normalizeCaseReference(typed);
  return { by: 'text', text: typed, reference: REFERENCE.test(reference) ? reference : null };
}

/**
 * The search as a `where` on cases. Names match anywhere, ignoring case: PostgreSQL needs
 * `mode: 'insensitive'`; SQLite's LIKE already ignores (ASCII) case and has no such option.
 */
export function searchWhere(term: SearchTerm | null, database: 'sqlite' | 'postgres'): Prisma.CaseWhereInput {
  if (!term) return {};
  switch (term.by) {
    case 'email':
      return { resident: { email: term.email } };
    case 'phone':
      return { resident: { phone: term.phone } };
    case 'phoneDigits':
      return { resident: { phone: { endsWith: term.digits } } };
    case 'text': {
      const name = (database === 'postgres' ? { contains: term.text, mode: 'insensitive' } : { contains: term.text }) as Prisma.StringFilter;
      return term.reference ? { OR: [{ reference: term.reference }, { resident: { name } }] } : { resident: { name } };
    }
  }
}
