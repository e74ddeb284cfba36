import 'server-only';
import { db } from '@/lib/db';

export type TemplateVersion = { id: string; templateId: string; locale: string; revision: number; sourceRevision: number; title: string; body: string; createdAt: Date };

const versionSelect = { id: true, templateId: true, locale: true, revision: true, sourceRevision: true, title: true, body: true, createdAt: true } as const;

/**
 * The current version of each language of these templates: the highest revision. Versions are
 * never updated, so an older one is still what went out to whoever received it then.
 */
export async function currentVersions(templateIds: readonly string[]): Promise<Map<string, Map<string, TemplateVersion>>> {
  const byTemplate = new Map<string, Map<string, TemplateVersion>>(templateIds.map((id) => [id, new Map()]));
  if (templateIds.length === 0) return byTemplate;
  const rows = await db.messageTemplateVersion.findMany({
    where: { templateId: { in: [...templateIds] } },
    orderBy: [{ templateId: 'asc' }, { locale: 'asc' }, { revision: 'desc' }],
    select: versionSelect,
  });
  for (const row of rows) {
    const perLocale = byTemplate.get(row.templateId)!;
    if (!perLocale.has(row.locale)) perLocale.set(row.locale, row);
  }
  return byTemplate;
}

/** The current version of one template in one language, or null when it has none. */
export async function currentVersion(templateId: string, locale: string): Promise<TemplateVersion | null> {
  return db.messageTemplateVersion.findFirst({ where: { templateId, locale }, orderBy: { revision: 'desc' }, select: versionSelect });
}
