import 'server-only';
import { db } from '@/lib/db';
import type { StaffContext } from '@/lib/auth/guards';
import { findCaseFor } from '@/lib/cases/access';
import { locales, type Locale } from '@/lib/i18n/locales';
import { currentVersions } from '@/lib/hub/templates/current';
import { listTemplates, type TemplateSummary } from '@/lib/hub/templates/queries';
import { residentLanguageOf } from './language';

type Text = { locale: string; title: string; body: string };

export type MessageChoice = {
  residentLanguage: Locale;
  templates: (TemplateSummary & { inResidentLanguage: boolean })[];
  chosen: {
    id: string;
    /** The text in the staff member's own language, to read what is being sent; null when it has none. */
    staffText: Text | null;
    /** The version the resident receives; null when the template lacks their language (flagged). */
    residentText: Text | null;
    /** Languages the template has, to choose from explicitly when the resident's is missing. */
    languages: Locale[];
  } | null;
};

/**
 * What the case page offers for a message: the templates, which of them have the resident's
 * language, and for the chosen one the staff member's text beside the resident's. Through the
 * core's rule: null when the case is not the viewer's.
 */
export async function messageChoice(actor: StaffContext, caseId: string, templateId: string | undefined): Promise<MessageChoice | null> {
  const found = await findCaseFor(actor, caseId, 'update');
  if (!found) return null;
  const row = await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { language: true, resident: { select: { preferredLocale: true } } } });
  const residentLanguage = residentLanguageOf(row.language, row.resident.preferredLocale);
  const templates = await listTemplates(actor.locale);
  const marked = templates.map((t) => ({ ...t, inResidentLanguage: t.statuses[residentLanguage] !== 'missing' }));
  const picked = templates.find((t) => t.id === templateId);
  if (!picked) return { residentLanguage, templates: marked, chosen: null };
  const versions = (await currentVersions([picked.id])).get(picked.id)!;
  const text = (locale: string): Text | null => {
    const v = versions.get(locale);
    return v ? { locale: v.locale, title: v.title, body: v.body } : null;
  };
  return {
    residentLanguage,
    templates: marked,
    chosen: { id: picked.id, staffText: text(actor.locale), residentText: text(residentLanguage), languages: locales.filter((l) => versions.has(l)) },
  };
}
