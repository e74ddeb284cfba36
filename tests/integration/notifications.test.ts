import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { createDb } from '@/lib/db/client';
import { databaseTarget } from '@/lib/db/config';
import { cityZoneName, formatCityTime } from '@/lib/time/seoul';
import { queueMessage } from '@/lib/notifications/outbox';
import { dispatchDue, startDispatcher } from '@/lib/notifications/dispatch';
import { getOutboxMessage, listOutboxMessages } from '@/lib/notifications/queries';
import { createSmtpTransport } from '@/lib/notifications/transports/smtp';
import { smsLogTransport } from '@/lib/notifications/transports/sms-log';
import { noneTransport } from '@/lib/notifications/transports/none';
import type { TransportSet } from '@/lib/notifications/transports';
import { MAX_ATTEMPTS } from '@/lib/notifications/retry';

/**
 * The Vietnamese email below is about delivery (a non-Latin subject through real SMTP), not about
 * translations: until translators add the Email namespace to messages/vi.json, these test-only
 * strings stand in for it. Once the file has it, the real translation is used.
 */
const viEmailFixture = vi.hoisted(() => ({
  common: {
    footer: 'Dịch vụ cho cư dân nước ngoài. Thư này được gửi tự động; thư trả lời sẽ không được đọc.',
    linkHint: 'Nếu liên kết không mở được, hãy sao chép địa chỉ này vào trình duyệt:',
  },
  residentSignInCode: {
    subject: 'Mã xác thực dùng một lần để đăng nhập',
    heading: 'Đăng nhập vào Dịch vụ cho cư dân nước ngoài',
    greeting: 'Xin chào,',
    body: 'Mã xác thực dùng một lần của bạn là {code}.',
    expiry: 'Mã chỉ dùng được một lần, đến {time} {zone}.',
    ignore: 'Nếu bạn không đăng nhập, hãy bỏ qua email này. Đừng bao giờ đưa mã này cho ai, kể cả nhân viên.',
  },
}));

vi.mock('@/lib/notifications/messages', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/notifications/messages')>();
  return {
    ...real,
    messagesFor: (locale: Parameters<typeof real.messagesFor>[0]) => {
      const messages = real.messagesFor(locale);
      return locale === 'vi' && !('Email' in messages) ? { ...messages, Email: viEmailFixture } : messages;
    },
  };
});

const minutes = (n: number) => n * 60_000;
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

describeEachDatabase('notifications outbox', (ctx) => {
  let sink: SmtpSink;
  let transports: TransportSet;

  beforeAll(async () => {
    sink = await startSmtpSink();
    transports = { EMAIL: createSmtpTransport({ url: sink.url, from: 'Foreign Resident Services <no-reply@ansan.example>' }), SMS: smsLogTransport };
  });
  afterAll(async () => {
    transports.EMAIL.close?.();
    await sink.stop();
  });
  beforeEach(async () => {
    sink.clear();
    await ctx().db.outboxMessage.deleteMany();
  });
  // Each spy is restored by itself: restoreAllMocks would also undo the console.error guard of
  // tests/support/fail-on-console-error.ts before it runs.
  let spies: { mockRestore(): void }[] = [];
  afterEach(() => {
    for (const spy of spies) spy.mockRestore();
    spies = [];
    vi.unstubAllEnvs();
  });

  /** Silences and collects console output of one kind (the dispatcher's warnings, the SMS log). */
  const capture = (method: 'warn' | 'info') => {
    const spy = vi.spyOn(console, method).mockImplementation(() => {});
    spies.push(spy);
    return spy;
  };

  it('delivers a Vietnamese sign-in code through SMTP, with the code and the Seoul time named', async () => {
    const { db } = ctx();
    const expiresAt = new Date('2026-03-10T05:35:00Z'); // 14:35 in Seoul
    const { id } = await queueMessage(db, {
      channel: 'EMAIL',
      template: 'residentSignInCode',
      locale: 'vi',
      to: '  Lan.Nguyen@Example.com ',
      params: { code: '483920', expiresAt },
    });
    const queued = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(queued).toMatchObject({ status: 'PENDING', attempts: 0, to: 'lan.nguyen@example.com', locale: 'vi', template: 'residentSignInCode' });

    expect(await dispatchDue(db, { transports })).toEqual({ claimed: 1, sent: 1, retrying: 0, failed: 0 });

    expect(sink.messages).toHaveLength(1);
    const mail = sink.messages[0]!;
    expect(mail.to).toEqual(['lan.nguyen@example.com']);
    expect(mail.from).toBe('no-reply@ansan.example');
    expect(mail.subject).toBe(queued.subject);
    expect(mail.subject).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    expect(mail.headers['content-language']).toBe('vi');
    expect(mail.headers['message-id']).toBe(`<${id}@ansan.example>`);
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain('483920');
      expect(body).toContain(formatCityTime(expiresAt, 'vi'));
      expect(body).toContain(cityZoneName('vi', expiresAt));
    }
    expect(formatCityTime(expiresAt, 'vi')).toBe('14:35');
    expect(mail.html).toMatch(/<html lang="vi" dir="ltr">/);
    expect(mail.text.trim()).toBe(queued.text.trim());

    const sent = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(sent).toMatchObject({ status: 'SENT', transport: 'smtp', attempts: 1, lastError: null });
    expect(sent.sentAt).toBeInstanceOf(Date);
  });

  it('retries a message the mail server refused, later, and then delivers it', async () => {
    const { db } = ctx();
    const warnings = capture('warn');
    const { id } = await queueMessage(db, {
      channel: 'EMAIL',
      template: 'contactChangeNotice',
      locale: 'en',
      to: 'old@example.com',
      params: { newEmail: 'new@example.com', changedAt: new Date() },
    });
    const t0 = later(new Date(), 1_000);
    sink.rejectNext(1);

    expect(await dispatchDue(db, { now: t0, transports })).toMatchObject({ claimed: 1, retrying: 1, sent: 0 });
    const refused = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(refused).toMatchObject({ status: 'PENDING', attempts: 1, transport: null });
    expect(refused.lastError).toContain('451');
    expect(refused.lastError).not.toContain('\n');
    expect(refused.nextAttemptAt.getTime()).toBe(later(t0, minutes(1)).getTime());
    expect(warnings).toHaveBeenCalledOnce();
    expect(String(warnings.mock.calls[0]![0])).not.toContain('old@example.com');

    // Not due yet: nothing happens.
    expect(await dispatchDue(db, { now: later(t0, 30_000), transports })).toMatchObject({ claimed: 0 });
    expect(sink.messages).toHaveLength(0);

    expect(await dispatchDue(db, { now: later(t0, minutes(1) + 1_000), transports })).toMatchObject({ claimed: 1, sent: 1 });
    expect(sink.messages).toHaveLength(1);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'SENT', attempts: 2, transport: 'smtp' });
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts, waiting longer between them`, async () => {
    const { db } = ctx();
    capture('warn');
    const { id } = await queueMessage(db, {
      channel: 'EMAIL',
      template: 'genericCaseMessage',
      locale: 'ko',
      to: 'resident@example.com',
      params: { reference: 'CO-7KQ3-XP9M', body: '서류를 가지고 방문해 주세요.' },
    });
    sink.rejectNext(MAX_ATTEMPTS + 1);
    let now = later(new Date(), 1_000);
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await dispatchDue(db, { now, transports })).toMatchObject({ claimed: 1 });
      const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
      expect(row.attempts).toBe(attempt);
      if (attempt < MAX_ATTEMPTS) {
        waits.push(row.nextAttemptAt.getTime() - now.getTime());
        now = row.nextAttemptAt;
      }
    }
    expect(waits).toEqual([minutes(1), minutes(5), minutes(30), minutes(120)]);
    const failed = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(failed).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS, sentAt: null });
    expect(failed.lastError).toContain('451');
    expect(await dispatchDue(db, { now: later(now, minutes(24 * 60)), transports })).toMatchObject({ claimed: 0 });
    expect(sink.messages).toHaveLength(0);
  });

  it('delivers each of 20 messages exactly once when two app instances dispatch at the same time', async () => {
    const { db, url } = ctx();
    const other = createDb(databaseTarget(url));
    const otherTransports: TransportSet = { EMAIL: createSmtpTransport({ url: sink.url, from: 'no-reply@ansan.example' }), SMS: smsLogTransport };
    try {
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) {
        const { id } = await queueMessage(db, {
          channel: 'EMAIL',
          template: 'residentSignInCode',
          locale: i % 2 ? 'ko' : 'en',
          to: `resident${i}@example.com`,
          params: { code: String(100000 + i), expiresAt: later(new Date(), minutes(10)) },
        });
        ids.push(id);
      }
      const now = later(new Date(), 1_000);
      const [a, b] = await Promise.all([dispatchDue(db, { now, limit: 20, transports }), dispatchDue(other, { now, limit: 20, transports: otherTransports })]);
      expect(a.sent + b.sent).toBe(20);
      expect(sink.messages).toHaveLength(20);
      expect(new Set(sink.messages.map((m) => m.headers['message-id'])).size).toBe(20);
      expect(sink.messages.map((m) => m.to[0]).sort()).toEqual(ids.map((_, i) => `resident${i}@example.com`).sort());
      const rows = await db.outboxMessage.findMany({ select: { status: true, attempts: true } });
      expect(rows).toHaveLength(20);
      expect(rows.every((r) => r.status === 'SENT' && r.attempts === 1)).toBe(true);
    } finally {
      otherTransports.EMAIL.close?.();
      await other.$disconnect();
    }
  });

  it('keeps email in the outbox, marked sent by "none", when no SMTP server is configured', async () => {
    const { db } = ctx();
    vi.stubEnv('SMTP_URL', '');
    const { id } = await queueMessage(db, {
      channel: 'EMAIL',
      template: 'staffInvitation',
      locale: 'en',
      to: 'new.colleague@example.org',
      params: { inviterName: 'Kim Min-ji', url: 'https://portal.example/admin/invitation?token=abc', expiresAt: new Date('2026-12-06T15:30:00Z') },
    });
    expect(await dispatchDue(db, { now: later(new Date(), 1_000) })).toMatchObject({ sent: 1 });
    expect(sink.messages).toHaveLength(0);

    const message = await getOutboxMessage(db, id);
    expect(message).toMatchObject({ status: 'SENT', transport: 'none', to: 'new.colleague@example.org', template: 'staffInvitation' });
    expect(message!.text).toContain('Kim Min-ji invited you');
    // Staff see which page the link opens, never its token (docs/decisions/010).
    expect(message!.text).toContain('https://portal.example/admin/invitation?token=••••••');
    expect(message!.html).toContain('<a href="https://portal.example/admin/invitation?token=••••••"');
    expect(JSON.stringify(message)).not.toContain('token=abc');
    expect(await getOutboxMessage(db, 'no-such-id')).toBeNull();
  });

  it('gives staff every message with its codes and private links masked, and sends the real one', async () => {
    const { db } = ctx();
    capture('info'); // the SMS log line
    const token = 'cmbook12345678.1.Q2hhbmdlTWVfMTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3A';
    const manageUrl = `https://portal.example/vi/consultations/manage/${token}`;
    const startsAt = new Date('2026-12-08T01:00:00Z');
    const booked = await queueMessage(db, {
      channel: 'EMAIL',
      template: 'consultationBooked',
      locale: 'vi',
      to: 'lan@example.com',
      params: {
        bookingId: 'cmbook12345678',
        reference: 'CO-7KQ3-XP9M',
        topic: 'Wages',
        startsAt,
        endsAt: later(startsAt, minutes(60)),
        channel: 'VISIT',
        centreName: 'Centre',
        centreAddress: '1 Wongok-ro',
        centrePhone: '+82-31-599-0000',
        manageUrl,
        sequence: 0,
        lastChangeDay: startsAt,
      },
    });
    const code = await queueMessage(db, {
      channel: 'SMS',
      template: 'consultationAccessCode',
      locale: 'ur',
      to: '+821055550101',
      params: { code: '804417', reference: 'CO-7KQ3-XP9M', expiresAt: startsAt },
    });
    // Queued before staff copies existed: only the real text is stored.
    const old = await db.outboxMessage.create({
      data: {
        channel: 'EMAIL',
        template: 'residentSignInCode',
        locale: 'en',
        to: 'old@example.com',
        subject: 'Your code 613302',
        text: 'Your code is 613302.\nhttps://portal.example/en/account/confirm-email?token=OldSecret99',
        html: '<p>613302</p>',
      },
    });

    const list = await listOutboxMessages(db, { page: 1, pageSize: 10 });
    const views = await Promise.all([booked.id, code.id, old.id].map((id) => getOutboxMessage(db, id)));
    const seen = JSON.stringify({ list, views });
    for (const secret of [token, 'Q2hhbmdlTWVf', '804417', '613302', 'OldSecret99']) expect(seen).not.toContain(secret);

    const [bookedView, codeView, oldView] = views;
    expect(bookedView!.text).toContain('https://portal.example/vi/consultations/manage/••••••');
    expect(bookedView!.attachments).toEqual([{ filename: 'consultation.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }]);
    expect(codeView!.text).toContain('••••••');
    expect(codeView!.text).toContain('CO-7KQ3-XP9M');
    expect(oldView).toMatchObject({ subject: 'Your code ••••••', html: null, attachments: [] });
    expect(oldView!.text).toBe('Your code is ••••••.\nhttps://portal.example/en/account/confirm-email?token=••••••');

    await dispatchDue(db, { now: later(new Date(), 1_000), transports });
    const mail = sink.messages.find((m) => m.to.includes('lan@example.com'))!;
    expect(mail.text).toContain(manageUrl);
    expect(mail.html).toContain(manageUrl);
    expect(mail.attachments[0]!.content.replace(/\r?\n[ \t]/g, '')).toContain(manageUrl);
  });

  it('sends SMS through the log transport, masking the number and leaving out the text', async () => {
    const { db } = ctx();
    const info = capture('info');
    const { id } = await queueMessage(db, {
      channel: 'SMS',
      template: 'residentSignInCode',
      locale: 'en',
      to: '+82 10-1234-5678',
      params: { code: '771204', expiresAt: later(new Date(), minutes(10)) },
    });
    expect(await dispatchDue(db, { now: later(new Date(), 1_000), transports })).toMatchObject({ sent: 1 });

    expect(info).toHaveBeenCalledOnce();
    const line = String(info.mock.calls[0]![0]);
    expect(line).toContain('channel=SMS');
    expect(line).toContain('to=+********5678');
    expect(line).toContain('template=residentSignInCode');
    expect(line).toMatch(/length=\d+/);
    expect(line).not.toContain('1234');
    expect(line).not.toContain('771204');

    const row = await getOutboxMessage(db, id);
    expect(row).toMatchObject({ channel: 'SMS', to: '+821012345678', status: 'SENT', transport: 'sms-log', html: null });
    expect(sink.messages).toHaveLength(0);
  });

  it('escapes markup from parameters in the HTML version', async () => {
    const { db } = ctx();
    const body = 'Bring <script>alert("x")</script> & your passport.\n\nSee you <b>soon</b>.';
    const { id } = await queueMessage(db, {
      channel: 'EMAIL',
      template: 'genericCaseMessage',
      locale: 'en',
      to: 'resident@example.com',
      params: { reference: 'CO-7KQ3-XP9M', body },
    });
    await dispatchDue(db, { now: later(new Date(), 1_000), transports });
    const html = sink.messages[0]!.html;
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('Bring &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; your passport.');
    expect(sink.messages[0]!.text).toContain('Bring <script>alert("x")</script> & your passport.');
    expect((await getOutboxMessage(db, id))!.html).toContain('Bring &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('refuses a bad address, a non-web link or an unknown template before anything is stored', async () => {
    const { db } = ctx();
    const base = { template: 'contactChangeConfirm' as const, locale: 'en' as const, params: { url: 'https://portal.example/confirm?t=1', newEmail: 'new@example.com' } };
    await expect(queueMessage(db, { ...base, channel: 'EMAIL', to: 'not-an-email' })).rejects.toThrow();
    await expect(queueMessage(db, { ...base, channel: 'SMS', to: '010-1234-5678' })).rejects.toThrow();
    await expect(queueMessage(db, { ...base, channel: 'EMAIL', to: 'new@example.com', params: { ...base.params, url: 'javascript:alert(1)' } })).rejects.toThrow();
    await expect(queueMessage(db, { ...base, channel: 'EMAIL', to: 'new@example.com', template: 'noSuchTemplate' as 'contactChangeConfirm' })).rejects.toThrow();
    expect(await db.outboxMessage.count()).toBe(0);
  });

  it('lists messages for the admin mail view, newest first, by status and address', async () => {
    const { db } = ctx();
    const queue = (to: string, channel: 'EMAIL' | 'SMS' = 'EMAIL') =>
      queueMessage(db, { channel, template: 'residentSignInCode', locale: 'ko', to, params: { code: '123456', expiresAt: new Date() } });
    const first = await queue('Ahmed@Example.com');
    const second = await queue('+82 10 5555 0101', 'SMS');
    const third = await queue('lan@example.com');
    // Distinct creation times, so the order does not depend on the clock's resolution.
    for (const [i, { id }] of [first, second, third].entries()) {
      await db.outboxMessage.update({ where: { id }, data: { createdAt: new Date(Date.UTC(2026, 0, 1, 9, i)) } });
    }
    await db.outboxMessage.update({ where: { id: second.id }, data: { status: 'SENT', sentAt: new Date(), transport: 'sms-log' } });

    const all = await listOutboxMessages(db, { page: 1, pageSize: 2 });
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => r.id)).toEqual([third.id, second.id]);
    expect(Object.keys(all.rows[0]!).sort()).toEqual(['attempts', 'channel', 'createdAt', 'id', 'locale', 'sentAt', 'status', 'subject', 'template', 'to', 'transport'].sort());
    expect((await listOutboxMessages(db, { page: 2, pageSize: 2 })).rows.map((r) => r.id)).toEqual([first.id]);
    expect((await listOutboxMessages(db, { page: 1, pageSize: 10, status: 'SENT' })).rows.map((r) => r.id)).toEqual([second.id]);
    // Case and separators do not matter, on SQLite and PostgreSQL alike.
    expect((await listOutboxMessages(db, { page: 1, pageSize: 10, to: 'AHMED@' })).rows.map((r) => r.id)).toEqual([first.id]);
    expect((await listOutboxMessages(db, { page: 1, pageSize: 10, to: '5555-0101' })).rows.map((r) => r.id)).toEqual([second.id]);
  });

  it('runs in the background: a queued message goes out without waiting for the next poll', async () => {
    const { db } = ctx();
    const stop = startDispatcher(db, 60_000, { transports });
    try {
      const { id } = await queueMessage(db, {
        channel: 'EMAIL',
        template: 'residentSignInCode',
        locale: 'en',
        to: 'quick@example.com',
        params: { code: '246810', expiresAt: later(new Date(), minutes(10)) },
      });
      await vi.waitFor(async () => expect((await getOutboxMessage(db, id))?.status).toBe('SENT'), { timeout: 5_000, interval: 50 });
      expect(sink.messages.map((m) => m.to[0])).toEqual(['quick@example.com']);
    } finally {
      await stop();
    }
  });
});

describe('background dispatcher', () => {
  it('logs a failing run on one line and keeps going instead of throwing', async () => {
    const findMany = vi.fn().mockRejectedValue(new Error('database is locked\n    at Object.query (pg.js:1:1)'));
    const logged: unknown[][] = [];
    // The console.error guard of this project is itself a spy: take the calls before it does.
    vi.mocked(console.error).mockImplementation((...args: unknown[]) => void logged.push(args));
    const db = { outboxMessage: { findMany } } as unknown as Parameters<typeof startDispatcher>[0];
    const stop = startDispatcher(db, 20, { transports: { EMAIL: noneTransport, SMS: smsLogTransport } });
    await vi.waitFor(() => expect(findMany.mock.calls.length).toBeGreaterThanOrEqual(2), { timeout: 2_000, interval: 10 });
    await stop();
    const calls = findMany.mock.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(findMany.mock.calls.length).toBe(calls); // stopped
    expect(new Set(logged.map((args) => args.join(' ')))).toEqual(new Set(['outbox: dispatch failed: database is locked']));
  });
});
