import type { Db } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/retry';
import { readSignedToken, signedToken } from '@/lib/links/signed';
import { languageNameIn } from '@/lib/i18n/language-name';
import { queueMessage } from '@/lib/notifications/outbox';
import type { NewsletterLocale } from './locales';

/**
 * Subscriptions by email per language, without an account (docs/decisions/018). Links are
 * signed, not stored (lib/links/signed.ts), bound to the subscriber's link version; opening one
 * only shows a button, and the POST behind it acts, so mail scanners change nothing.
 */
export const CONFIRM_PURPOSE = 'newsletter-confirm';
export const UNSUBSCRIBE_PURPOSE = 'newsletter-unsubscribe';

type Subscriber = { id: string; linkVersion: number; locale: string };

export const confirmUrl = (site: string, s: Subscriber) => `${site}/${s.locale}/newsletter/confirm/${signedToken(CONFIRM_PURPOSE, { id: s.id, version: s.linkVersion })}`;
export const unsubscribeUrl = (site: string, s: Subscriber) => `${site}/${s.locale}/newsletter/unsubscribe/${signedToken(UNSUBSCRIBE_PURPOSE, { id: s.id, version: s.linkVersion })}`;
/** The RFC 8058 address: a POST to it unsubscribes at once, with no page in between. */
export const oneClickUrl = (site: string, s: Subscriber) => `${unsubscribeUrl(site, s)}/one-click`;

/**
 * Asks for a subscription: a new or lapsed one waits for confirmation and gets the email with
 * the link; a pending one gets it again (the same link); a confirmed one gets nothing. The
 * caller answers the same in every case, so the form tells nobody who is subscribed.
 */
export async function requestSubscription(db: Db, input: { email: string; locale: NewsletterLocale; site: string }): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db.$transaction(async (tx) => {
        const existing = await tx.newsletterSubscriber.findUnique({ where: { email_locale: { email: input.email, locale: input.locale } } });
        if (existing?.status === 'CONFIRMED') return;
        const subscriber = !existing
          ? await tx.newsletterSubscriber.create({ data: { email: input.email, locale: input.locale } })
          : existing.status === 'UNSUBSCRIBED'
            ? // A new link version: links from the last subscription stop working.
              await tx.newsletterSubscriber.update({ where: { id: existing.id }, data: { status: 'PENDING', linkVersion: { increment: 1 }, unsubscribedAt: null } })
            : existing;
        await queueMessage(tx, {
          channel: 'EMAIL',
          template: 'newsletterConfirm',
          locale: input.locale,
          to: input.email,
          params: { url: confirmUrl(input.site, subscriber), language: languageNameIn(input.locale, input.locale) },
        });
      });
      return;
    } catch (error) {
      // Two requests for the same address at once: the second finds the first one's row.
      if (attempt < 2 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}

export type LinkTarget = { id: string; email: string; locale: string; status: 'PENDING' | 'CONFIRMED' | 'UNSUBSCRIBED' };

/** The subscriber a link names, while the link is valid (right signature and link version). */
export async function subscriberForLink(db: Db, purpose: string, token: string): Promise<LinkTarget | null> {
  const claim = readSignedToken(purpose, token);
  if (!claim) return null;
  return db.newsletterSubscriber.findFirst({ where: { id: claim.id, linkVersion: claim.version }, select: { id: true, email: true, locale: true, status: true } });
}

/** Confirms once (conditional on the state read); pressing the button again says it is done. */
export async function confirmSubscription(db: Db, token: string, now = new Date()): Promise<'confirmed' | 'invalid'> {
  const target = await subscriberForLink(db, CONFIRM_PURPOSE, token);
  if (!target || target.status === 'UNSUBSCRIBED') return 'invalid';
  await db.newsletterSubscriber.updateMany({ where: { id: target.id, status: 'PENDING' }, data: { status: 'CONFIRMED', confirmedAt: now } });
  return 'confirmed';
}

/** Ends the subscription; an already ended one answers the same. */
export async function unsubscribe(db: Db, token: string, now = new Date()): Promise<'unsubscribed' | 'invalid'> {
  const target = await subscriberForLink(db, UNSUBSCRIBE_PURPOSE, token);
  if (!target) return 'invalid';
  await db.newsletterSubscriber.updateMany({ where: { id: target.id, status: { not: 'UNSUBSCRIBED' } }, data: { status: 'UNSUBSCRIBED', unsubscribedAt: now } });
  return 'unsubscribed';
}
