import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { confirmSubscription, requestSubscription, subscriberForLink, unsubscribe, CONFIRM_PURPOSE, UNSUBSCRIBE_PURPOSE } from '@/lib/newsletter/subscriptions';

const site = 'https://portal.example';
const unique = () => `${Math.random().toString(36).slice(2, 10)}@subscribers.test`;
const tokenIn = (text: string, kind: 'confirm' | 'unsubscribe') => new RegExp(`/newsletter/${kind}/([A-Za-z0-9._-]+)`).exec(text)?.[1];

/** Double opt-in and unsubscribing, without an account, by signed links whose pages only show a button. */
describeEachDatabase('newsletter subscriptions', (ctx) => {
  const confirmationsTo = (email: string) => ctx().db.outboxMessage.findMany({ where: { to: email, template: 'newsletterConfirm' }, orderBy: { createdAt: 'asc' } });
  const statusOf = async (email: string, locale = 'id') => (await ctx().db.newsletterSubscriber.findUniqueOrThrow({ where: { email_locale: { email, locale } } })).status;

  it('subscribes only once the link from the email is confirmed, in the chosen language', async () => {
    const { db } = ctx();
    const email = unique();
    await requestSubscription(db, { email, locale: 'id', site });
    expect(await statusOf(email)).toBe('PENDING');
    const [mail] = await confirmationsTo(email);
    expect(mail?.locale).toBe('id');
    expect(mail?.subject).toBe('Konfirmasi langganan Ansan Harmony Anda');
    const token = tokenIn(mail!.text, 'confirm')!;
    expect(mail!.text).toContain(`${site}/id/newsletter/confirm/${token}`);
    // Staff reading the mail view never see a working link.
    expect(mail!.staffText).not.toContain(token);

    // What the page opened by the link reads changes nothing (a mail scanner opening it).
    expect(await subscriberForLink(db, CONFIRM_PURPOSE, token)).toMatchObject({ email, status: 'PENDING' });
    expect(await statusOf(email)).toBe('PENDING');

    expect(await confirmSubscription(db, `${token.slice(0, -2)}xx`)).toBe('invalid');
    expect(await confirmSubscription(db, token)).toBe('confirmed');
    expect(await statusOf(email)).toBe('CONFIRMED');
    // The button pressed twice, or the same address asking again: no new email, still subscribed.
    expect(await confirmSubscription(db, token)).toBe('confirmed');
    await requestSubscription(db, { email, locale: 'id', site });
    expect(await confirmationsTo(email)).toHaveLength(1);
  });

  it('sends the same link again while the subscription waits for confirmation', async () => {
    const { db } = ctx();
    const email = unique();
    await requestSubscription(db, { email, locale: 'id', site });
    await requestSubscription(db, { email, locale: 'id', site });
    const mails = await confirmationsTo(email);
    expect(mails).toHaveLength(2);
    expect(tokenIn(mails[1]!.text, 'confirm')).toBe(tokenIn(mails[0]!.text, 'confirm'));
  });

  it('unsubscribes with the signed link, and a new subscription revokes the old links', async () => {
    const { db } = ctx();
    const email = unique();
    await requestSubscription(db, { email, locale: 'id', site });
    const confirmToken = tokenIn((await confirmationsTo(email))[0]!.text, 'confirm')!;
    await confirmSubscription(db, confirmToken);
    const subscriber = await db.newsletterSubscriber.findUniqueOrThrow({ where: { email_locale: { email, locale: 'id' } } });
    const { unsubscribeUrl } = await import('@/lib/newsletter/subscriptions');
    const token = tokenIn(unsubscribeUrl(site, subscriber), 'unsubscribe')!;

    expect(await subscriberForLink(db, UNSUBSCRIBE_PURPOSE, token)).toMatchObject({ status: 'CONFIRMED' });
    expect(await unsubscribe(db, token)).toBe('unsubscribed');
    expect(await statusOf(email)).toBe('UNSUBSCRIBED');
    expect(await unsubscribe(db, token)).toBe('unsubscribed');
    // A confirmation link from before cannot subscribe them again.
    expect(await confirmSubscription(db, confirmToken)).toBe('invalid');

    await requestSubscription(db, { email, locale: 'id', site });
    expect(await statusOf(email)).toBe('PENDING');
    expect(await unsubscribe(db, token)).toBe('invalid');
    expect(await confirmSubscription(db, confirmToken)).toBe('invalid');
    const fresh = tokenIn((await confirmationsTo(email)).at(-1)!.text, 'confirm')!;
    expect(fresh).not.toBe(confirmToken);
    expect(await confirmSubscription(db, fresh)).toBe('confirmed');
  });

  it('keeps one subscription per address and language when the same request arrives twice at once', async () => {
    const { db } = ctx();
    const email = unique();
    await Promise.all([requestSubscription(db, { email, locale: 'km', site }), requestSubscription(db, { email, locale: 'km', site })]);
    expect(await db.newsletterSubscriber.count({ where: { email } })).toBe(1);
  });
});
