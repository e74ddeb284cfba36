import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { StaffContext } from '@/lib/auth/guards';
import { recordAudit } from '@/lib/audit/record';
import { invalid, refused, type DataResult } from '@/lib/forms/result';
import { locales, type Locale } from '@/lib/i18n/locales';
import { resolveText, type LocalizedText } from '@/lib/i18n/localized-text';
import { cityDateTimeInput, parseCityDateTime } from '@/lib/time/seoul';
import { severities } from '../severity';

/**
 * Staff write a notice once, with its text per language: Korean and English are required, as
 * they are what readers of an unwritten language are shown (lib/notices/alerts.ts). Saving it is
 * publishing it from its start time; ending it sets its end to now.
 */
export const textFields = locales.flatMap((l) => [`title_${l}`, `body_${l}`]);
export const NOTICE_FIELDS = ['severity', 'startsAt', 'endsAt', ...textFields];

/** A `datetime-local` value read on the city's clock. */
const cityDateTime = z.string().transform((v, ctx) => parseCityDateTime(v) ?? (ctx.addIssue({ code: 'custom', message: 'date' }), z.NEVER));

const textShape = Object.fromEntries(
  locales.flatMap((l) => [
    [`title_${l}`, z.string().trim().max(200, 'tooLong').default('')],
    [`body_${l}`, z.string().trim().max(2000, 'tooLong').default('')],
  ]),
);

export const noticeSchema = z
  .object({ severity: z.enum(severities, 'choose'), startsAt: cityDateTime, endsAt: z.union([z.literal(''), cityDateTime]).default(''), ...textShape })
  .superRefine((value, ctx) => {
    const fields = value as unknown as Record<string, string>;
    for (const l of locales) {
      const [title, body] = [fields[`title_${l}`], fields[`body_${l}`]];
      // Korean and English always; any other language title and text together.
      if (l === 'ko' || l === 'en' || title || body) {
        if (!title) ctx.addIssue({ code: 'custom', path: [`title_${l}`], message: 'required' });
        if (!body) ctx.addIssue({ code: 'custom', path: [`body_${l}`], message: 'required' });
      }
    }
    if (value.endsAt instanceof Date && value.endsAt <= value.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'endBeforeStart' });
  });

const texts = (fields: Record<string, string>, kind: 'title' | 'body'): LocalizedText => Object.fromEntries(locales.map((l) => [l, fields[`${kind}_${l}`]]).filter(([, v]) => v));

export async function saveNotice(actor: StaffContext, input: { id?: string; fields: Record<string, string> }): Promise<DataResult<{ id: string }, 'notFound'>> {
  const parsed = noticeSchema.safeParse(input.fields);
  if (!parsed.success) return invalid(parsed.error);
  const fields = parsed.data as unknown as Record<string, string> & { severity: (typeof severities)[number]; startsAt: Date; endsAt: Date | '' };
  const data = { severity: fields.severity, startsAt: fields.startsAt, endsAt: fields.endsAt || null, title: texts(fields, 'title'), body: texts(fields, 'body') };
  let id = input.id;
  if (id) {
    const updated = await db.notice.updateMany({ where: { id }, data });
    if (updated.count !== 1) return refused('notFound');
  } else {
    id = (await db.notice.create({ data, select: { id: true } })).id;
  }
  await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'change', entity: 'Notice', entityId: id, detail: { severity: data.severity, languages: Object.keys(data.title) } });
  return { ok: true, id };
}

/** Ends a notice now (or leaves an earlier end as it is): it leaves every page with the next render. */
export async function endNotice(actor: StaffContext, id: string, now = new Date()): Promise<DataResult<object, 'notFound'>> {
  const notice = await db.notice.findUnique({ where: { id }, select: { endsAt: true, startsAt: true } });
  if (!notice) return refused('notFound');
  if (notice.endsAt === null || notice.endsAt > now) {
    await db.notice.update({ where: { id }, data: { endsAt: now < notice.startsAt ? notice.startsAt : now } });
  }
  await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'change', entity: 'Notice', entityId: id, detail: { ended: true } });
  return { ok: true };
}

/** Every notice, newest first, for the staff list: current, upcoming and ended. */
export async function noticesForStaff(locale: Locale, now = new Date()) {
  const rows = await db.notice.findMany({ orderBy: { startsAt: 'desc' }, take: 100, select: { id: true, severity: true, title: true, startsAt: true, endsAt: true } });
  return rows.map((row) => ({
    id: row.id,
    severity: row.severity,
    title: resolveText(row.title, locale),
    languages: Object.keys(row.title as object).length,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    state: row.startsAt > now ? ('upcoming' as const) : row.endsAt !== null && row.endsAt <= now ? ('ended' as const) : ('current' as const),
  }));
}

/** A notice's fields as the form shows them, or the empty form's defaults (starting now). */
export async function noticeForEditing(id: string | null, now = new Date()): Promise<Record<string, string> | null> {
  if (!id) return { severity: 'INFO', startsAt: cityDateTimeInput(now), endsAt: '' };
  const row = await db.notice.findUnique({ where: { id } });
  if (!row) return null;
  const [title, body] = [row.title, row.body] as [LocalizedText, LocalizedText];
  return {
    severity: row.severity,
    startsAt: cityDateTimeInput(row.startsAt),
    endsAt: row.endsAt ? cityDateTimeInput(row.endsAt) : '',
    ...Object.fromEntries(
      locales.flatMap((l) => [
        [`title_${l}`, title[l] ?? ''],
        [`body_${l}`, body[l] ?? ''],
      ]),
    ),
  };
}
