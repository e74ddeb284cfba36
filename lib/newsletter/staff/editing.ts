import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { can, type StaffContext } from '@/lib/auth/guards';
import { recordAudit } from '@/lib/audit/record';
import { invalid, refused, type DataResult } from '@/lib/forms/result';
import { resolveText } from '@/lib/i18n/localized-text';
import type { Locale } from '@/lib/i18n/locales';
import { indexVersion } from '../search';
import { newsletterLocales, type NewsletterLocale } from '../locales';
import { versionState, type VersionState } from '../versions';

/**
 * The editors' side (docs/decisions/018): each version moves draft -> in review -> published;
 * reporters and translators write (newsletter:edit), only newsletter:publish publishes. Saving
 * the source's text bumps the article's revision, which makes the other versions out of date;
 * saving a translation records the source revision it now matches.
 */
export type EditIntent = 'save' | 'review' | 'publish' | 'unpublish';

const text = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');
export const versionSchema = z.object({
  title: text(200),
  summary: text(500),
  body: text(20_000),
  imageAlt: z.string().trim().max(300, 'tooLong'),
  imageCaption: z.string().trim().max(300, 'tooLong'),
});

export async function editorsOverview(locale: Locale) {
  const issues = await db.newsletterIssue.findMany({
    orderBy: { number: 'desc' },
    select: {
      id: true,
      number: true,
      title: true,
      status: true,
      sendFrom: true,
      publishAt: true,
      _count: { select: { sends: true } },
      articles: {
        orderBy: { position: 'asc' },
        select: { id: true, slug: true, sourceLocale: true, sourceRevision: true, versions: { select: { locale: true, title: true, status: true, sourceRevision: true } } },
      },
    },
  });
  return issues.map((issue) => ({
    id: issue.id,
    number: issue.number,
    title: resolveText(issue.title, locale),
    status: issue.status,
    sendFrom: issue.sendFrom,
    publishAt: issue.publishAt,
    sends: issue._count.sends,
    articles: issue.articles.map((article) => {
      const byLocale = new Map(article.versions.map((v) => [v.locale, v]));
      const source = byLocale.get(article.sourceLocale);
      return {
        id: article.id,
        title: source?.title ?? article.slug,
        sourceLocale: article.sourceLocale,
        states: Object.fromEntries(newsletterLocales.map((l) => [l, versionState(article, byLocale.get(l))])) as Record<NewsletterLocale, VersionState>,
      };
    }),
  }));
}

export async function versionForEditing(articleId: string, locale: NewsletterLocale) {
  const article = await db.newsletterArticle.findUnique({
    where: { id: articleId },
    select: { id: true, slug: true, sourceLocale: true, sourceRevision: true, sourceChangedAt: true, image: true, issue: { select: { number: true } }, versions: true },
  });
  if (!article) return null;
  const version = article.versions.find((v) => v.locale === locale) ?? null;
  const source = article.versions.find((v) => v.locale === article.sourceLocale) ?? null;
  return { article, version, source, state: versionState(article, version ?? undefined) };
}

const nextStatus = { save: null, review: 'IN_REVIEW', publish: 'PUBLISHED', unpublish: 'DRAFT' } as const;

export async function saveVersion(
  actor: StaffContext,
  input: { articleId: string; locale: NewsletterLocale; intent: EditIntent; fields: Record<string, string> },
  now = new Date(),
): Promise<DataResult<{ status: string }, 'notFound' | 'publishNotAllowed'>> {
  if ((input.intent === 'publish' || input.intent === 'unpublish') && !can(actor, 'newsletter:publish')) return refused('publishNotAllowed');
  const parsed = versionSchema.safeParse(input.fields);
  if (!parsed.success) return invalid(parsed.error);
  const fields = { ...parsed.data, imageAlt: parsed.data.imageAlt || null, imageCaption: parsed.data.imageCaption || null };
  if (input.intent === 'publish' && !fields.imageAlt) {
    // A picture without words in this language would be published unseen by screen-reader users.
    const article = await db.newsletterArticle.findUnique({ where: { id: input.articleId }, select: { image: true } });
    if (article?.image) return invalid(new z.ZodError([{ code: 'custom', path: ['imageAlt'], message: 'altRequired', input: '' }]));
  }
  const result = await db.$transaction(async (tx) => {
    const article = await tx.newsletterArticle.findUnique({ where: { id: input.articleId }, select: { id: true, sourceLocale: true, sourceRevision: true } });
    if (!article) return null;
    const existing = await tx.newsletterVersion.findUnique({ where: { articleId_locale: { articleId: article.id, locale: input.locale } } });
    const isSource = input.locale === article.sourceLocale;
    const changed = !existing || existing.title !== fields.title || existing.summary !== fields.summary || existing.body !== fields.body;
    let revision = article.sourceRevision;
    if (isSource && existing && changed) {
      // The other versions were made from the revision before this one: they are now out of date.
      revision = (await tx.newsletterArticle.update({ where: { id: article.id }, data: { sourceRevision: { increment: 1 }, sourceChangedAt: now }, select: { sourceRevision: true } })).sourceRevision;
    }
    const status = nextStatus[input.intent] ?? existing?.status ?? 'DRAFT';
    const data = {
      ...fields,
      status,
      sourceRevision: isSource || changed ? revision : existing!.sourceRevision,
      publishedAt: status === 'PUBLISHED' ? (existing?.publishedAt ?? now) : existing?.publishedAt,
    };
    const version = existing
      ? await tx.newsletterVersion.update({ where: { id: existing.id }, data })
      : await tx.newsletterVersion.create({ data: { ...data, articleId: article.id, locale: input.locale } });
    await indexVersion(tx, version);
    return version;
  });
  if (!result) return refused('notFound');
  await recordAudit({
    actor: { type: 'staff', id: actor.id },
    action: 'change',
    entity: 'NewsletterVersion',
    entityId: result.id,
    detail: { locale: input.locale, intent: input.intent, status: result.status },
  });
  return { ok: true, status: result.status };
}

/** Publishes the issue (if not yet) and asks the send job to mail it to the confirmed subscribers. */
export async function publishAndSend(actor: StaffContext, issueId: string, now = new Date()): Promise<DataResult<object, 'notFound' | 'alreadySent'>> {
  const issue = await db.newsletterIssue.findUnique({ where: { id: issueId }, select: { id: true, sendFrom: true } });
  if (!issue) return refused('notFound');
  if (issue.sendFrom) return refused('alreadySent');
  const updated = await db.newsletterIssue.updateMany({ where: { id: issue.id, sendFrom: null }, data: { status: 'PUBLISHED', publishedAt: now, sendFrom: now } });
  if (updated.count !== 1) return refused('alreadySent');
  await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'change', entity: 'NewsletterIssue', entityId: issue.id, detail: { sent: true } });
  return { ok: true };
}

/**
 * Sets (or, with null, clears) when the issue publishes itself and starts its send: the job
 * `newsletter-publish` does it at that time (lib/newsletter/publishing.ts). Only an issue not yet
 * sent can be scheduled.
 */
export async function scheduleIssue(actor: StaffContext, issueId: string, publishAt: Date | null, now = new Date()): Promise<DataResult<object, 'notFound' | 'alreadySent' | 'inPast'>> {
  if (publishAt && publishAt <= now) return refused('inPast');
  const updated = await db.newsletterIssue.updateMany({ where: { id: issueId, sendFrom: null }, data: { publishAt } });
  if (updated.count !== 1) return refused((await db.newsletterIssue.count({ where: { id: issueId } })) ? 'alreadySent' : 'notFound');
  await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'change', entity: 'NewsletterIssue', entityId: issueId, detail: { publishAt: publishAt?.toISOString() ?? null } });
  return { ok: true };
}
