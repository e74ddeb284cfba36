import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { StaffContext } from '@/lib/auth/guards';
import { recordAudit } from '@/lib/audit/record';
import { requiredLine, requiredText } from '@/lib/forms/fields';
import { invalid, refused, type DataResult } from '@/lib/forms/result';
import { locales } from '@/lib/i18n/locales';
import { currentVersion } from './current';

const textSchema = { title: requiredLine(200), body: requiredText(5000) };
const createSchema = z.object({
  key: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'required')
    .max(60, 'tooLong')
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'keyFormat'),
  ...textSchema,
});
const versionSchema = z.object({ templateId: z.string().min(1).max(64), locale: z.enum(locales), ...textSchema });

/** A new template with its first version in the source language (Korean). */
export async function createTemplate(actor: StaffContext, input: { key: string; title: string; body: string }, now = new Date()): Promise<DataResult<{ templateId: string }, 'keyTaken'>> {
  const parsed = createSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { key, title, body } = parsed.data;
  if (await db.messageTemplate.findUnique({ where: { key }, select: { id: true } })) return refused('keyTaken');
  const created = await db.messageTemplate.create({
    data: { key, sourceLocale: 'ko', sourceRevision: 1, createdAt: now, versions: { create: { locale: 'ko', revision: 1, sourceRevision: 1, title, body, authorId: actor.id, createdAt: now } } },
    select: { id: true },
  });
  await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'change', entity: 'MessageTemplate', entityId: created.id, detail: { created: key } });
  return { ok: true, templateId: created.id };
}

/**
 * Saves a language's text as its next revision (the old one stays, for the messages that used it).
 * A change to the source language moves the template's source revision on, so every translation
 * made from the old text shows as needing an update. The same text again adds nothing.
 */
export async function saveTemplateVersion(
  actor: StaffContext,
  input: { templateId: string; locale: string; title: string; body: string },
  now = new Date(),
): Promise<DataResult<{ templateId: string; revision: number }, 'templateNotFound'>> {
  const parsed = versionSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { templateId, locale, title, body } = parsed.data;
  const template = await db.messageTemplate.findUnique({ where: { id: templateId }, select: { id: true, sourceLocale: true, sourceRevision: true } });
  if (!template) return refused('templateNotFound');
  const latest = await currentVersion(templateId, locale);
  if (latest && latest.title === title && latest.body === body) return { ok: true, templateId, revision: latest.revision };
  const isSource = locale === template.sourceLocale;
  const sourceRevision = isSource && latest ? template.sourceRevision + 1 : template.sourceRevision;
  const revision = (latest?.revision ?? 0) + 1;
  await db.$transaction([
    db.messageTemplateVersion.create({ data: { templateId, locale, revision, sourceRevision, title, body, authorId: actor.id, createdAt: now } }),
    db.messageTemplate.update({ where: { id: templateId }, data: { sourceRevision, updatedAt: now } }),
  ]);
  await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'change', entity: 'MessageTemplate', entityId: templateId, detail: { locale, revision } });
  return { ok: true, templateId, revision };
}
