import 'server-only';
import { db } from '@/lib/db';
import type { Locale } from '@/lib/i18n/locales';
import { currentVersions, type TemplateVersion } from './current';
import { statusesOf, type TranslationStatus } from './status';

export type TemplateSummary = {
  id: string;
  key: string;
  /** In the reader's language when that version exists, else the source's. */
  title: string;
  titleLocale: string;
  statuses: Record<Locale, TranslationStatus>;
  current: number;
};

/** Every template, for the admin list and the case page's picker, titled in the reader's language. */
export async function listTemplates(reader: Locale): Promise<TemplateSummary[]> {
  const templates = await db.messageTemplate.findMany({ orderBy: { key: 'asc' }, select: { id: true, key: true, sourceLocale: true, sourceRevision: true } });
  const versions = await currentVersions(templates.map((t) => t.id));
  return templates.map((template) => {
    const current = versions.get(template.id)!;
    const shown = current.get(reader) ?? current.get(template.sourceLocale);
    const statuses = statusesOf(template, current);
    return {
      id: template.id,
      key: template.key,
      title: shown?.title ?? template.key,
      titleLocale: shown?.locale ?? template.sourceLocale,
      statuses,
      current: Object.values(statuses).filter((s) => s === 'current').length,
    };
  });
}

export type TemplateDetail = {
  id: string;
  key: string;
  sourceLocale: string;
  sourceRevision: number;
  statuses: Record<Locale, TranslationStatus>;
  versions: Map<string, TemplateVersion>;
};

/** One template with its current version per language and their statuses. */
export async function templateDetail(id: string): Promise<TemplateDetail | null> {
  if (typeof id !== 'string' || id.length === 0 || id.length > 64) return null;
  const template = await db.messageTemplate.findUnique({ where: { id }, select: { id: true, key: true, sourceLocale: true, sourceRevision: true } });
  if (!template) return null;
  const versions = (await currentVersions([id])).get(id)!;
  return { ...template, statuses: statusesOf(template, versions), versions };
}
