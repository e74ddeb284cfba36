import 'server-only';
import { db } from '@/lib/db';
import type { ClassLevel } from '@/lib/db/generated/sqlite/enums';
import type { Locale } from '@/lib/i18n/locales';
import { resolveText, type ResolvedText } from '@/lib/i18n/localized-text';
import { parseDays } from '@/lib/time/week-days';
import { isLevel } from './levels';

/** The catalogue's filters, as the GET form puts them in the URL; anything unknown is ignored. */
export type Filters = { level?: ClassLevel; day?: number; place?: string; term?: string };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseFilters(query: Record<string, string | string[] | undefined>): Filters {
  const level = first(query.level);
  const day = Number(first(query.day));
  const place = first(query.place);
  const term = first(query.term);
  return {
    level: isLevel(level) ? level : undefined,
    day: first(query.day) !== '' && Number.isInteger(day) && day >= 0 && day <= 6 ? day : undefined,
    place: place && /^[a-z0-9-]{1,60}$/.test(place) ? place : undefined,
    term: term && /^\d{4}-[1-3]$/.test(term) ? term : undefined,
  };
}

export type SectionCard = {
  id: string;
  code: string;
  level: ClassLevel;
  hours: number;
  term: { slug: string; year: number; number: number; startsOn: Date; endsOn: Date };
  days: number[];
  startTime: string;
  endTime: string;
  centre: { slug: string; name: ResolvedText; address: ResolvedText };
  teacher: string;
  capacity: number;
  seatsLeft: number;
  opensAt: Date;
  closesAt: Date;
  cancelled: boolean;
  eligibility: string;
  /** Places drawn by lottery (docs/decisions/024), not first come first served. */
  lottery: boolean;
};

const select = {
  id: true,
  code: true,
  days: true,
  startTime: true,
  endTime: true,
  teacher: true,
  capacity: true,
  taken: true,
  opensAt: true,
  closesAt: true,
  cancelled: true,
  eligibility: true,
  course: { select: { level: true, hours: true, sortOrder: true } },
  term: { select: { slug: true, year: true, number: true, startsOn: true, endsOn: true } },
  center: { select: { slug: true, name: true, address: true } },
  lottery: { select: { sectionId: true } },
} as const;

type Row = { [K in keyof typeof select]: unknown } & {
  id: string;
  code: string;
  days: unknown;
  startTime: string;
  endTime: string;
  teacher: string;
  capacity: number;
  taken: number;
  opensAt: Date;
  closesAt: Date;
  cancelled: boolean;
  eligibility: string;
  course: { level: ClassLevel; hours: number };
  term: SectionCard['term'];
  center: { slug: string; name: unknown; address: unknown };
  lottery: { sectionId: string } | null;
};

const toCard = (row: Row, locale: Locale): SectionCard => ({
  id: row.id,
  code: row.code,
  level: row.course.level,
  hours: row.course.hours,
  term: row.term,
  days: parseDays(row.days),
  startTime: row.startTime,
  endTime: row.endTime,
  centre: { slug: row.center.slug, name: resolveText(row.center.name, locale), address: resolveText(row.center.address, locale) },
  teacher: row.teacher,
  capacity: row.capacity,
  seatsLeft: Math.max(0, row.capacity - row.taken),
  opensAt: row.opensAt,
  closesAt: row.closesAt,
  cancelled: row.cancelled,
  eligibility: row.eligibility,
  lottery: row.lottery !== null,
});

/** The sections of the terms not yet over, filtered, in course order then by term and code. */
export async function listSections(filters: Filters, locale: Locale, now = new Date()): Promise<SectionCard[]> {
  const rows = await db.classSection.findMany({
    where: {
      term: { endsOn: { gt: now }, ...(filters.term ? { slug: filters.term } : {}) },
      ...(filters.level ? { course: { level: filters.level } } : {}),
      ...(filters.place ? { center: { slug: filters.place } } : {}),
    },
    select,
    orderBy: [{ course: { sortOrder: 'asc' } }, { term: { startsOn: 'asc' } }, { code: 'asc' }],
  });
  // Days are a JSON list: filtered here, over a catalogue of a few dozen sections.
  return rows.map((row) => toCard(row as Row, locale)).filter((card) => filters.day === undefined || card.days.includes(filters.day));
}

export async function findSection(id: string, locale: Locale): Promise<SectionCard | null> {
  if (typeof id !== 'string' || id.length > 64) return null;
  const row = await db.classSection.findUnique({ where: { id }, select });
  return row ? toCard(row as Row, locale) : null;
}

/** The choices of the filter form: the terms not yet over and the centres that hold classes. */
export async function filterChoices(locale: Locale, now = new Date()) {
  const [terms, centres] = await Promise.all([
    db.classTerm.findMany({ where: { endsOn: { gt: now } }, orderBy: { startsOn: 'asc' }, select: { slug: true, year: true, number: true } }),
    db.center.findMany({ where: { classSections: { some: {} } }, orderBy: { sortOrder: 'asc' }, select: { slug: true, name: true } }),
  ]);
  return { terms, centres: centres.map((c) => ({ slug: c.slug, name: resolveText(c.name, locale) })) };
}
