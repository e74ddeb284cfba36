import crypto from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { buildResident, buildStaffUser } from '@/prisma/builders';
import type { StaffContext } from '@/lib/auth/guards';
import { permissionsOf, type Role } from '@/lib/auth/roles';
import type { Db } from '@/lib/db/client';
import { openCase } from '@/lib/cases/write';
import { consultationKind } from '@/lib/cases/kinds/consultation';
import { takeCase } from '@/lib/cases/staff-work';
import { findCaseFor } from '@/lib/cases/access';
import { createTemplate, saveTemplateVersion } from '@/lib/hub/templates/edit';
import { templateDetail } from '@/lib/hub/templates/queries';
import { messageChoice } from '@/lib/hub/messages/compose';
import { sendTemplatedMessage } from '@/lib/hub/messages/send';
import { messagesForResident, sentMessages } from '@/lib/hub/messages/sent';
import { dispatchDue } from '@/lib/notifications/dispatch';
import type { TransportSet } from '@/lib/notifications/transports';

async function actorFor(db: Db, roles: Role[], locale = 'ko'): Promise<StaffContext> {
  const row = await db.staffUser.create({ data: buildStaffUser({ roles, locale }) });
  return { id: row.id, name: row.name, email: row.email, roles, permissions: permissionsOf(roles), languages: ['ko'], locale: 'ko', twoFactorEnabled: true };
}

/** A transport that records what it was given, as the SMTP one would hand it to a server. */
function recordingTransports() {
  const sent: { to: string; subject: string; text: string }[] = [];
  const transport = { name: 'recording', send: async (m: { to: string; subject: string; text: string }) => void sent.push({ to: m.to, subject: m.subject, text: m.text }) };
  return { sent, set: { EMAIL: transport, SMS: transport } as unknown as TransportSet };
}

describeEachDatabase('templated messages from the case hub', (ctx) => {
  let supervisor: StaffContext;
  let caseworker: StaffContext;
  let colleague: StaffContext;
  const at = new Date('2026-12-02T01:00:00Z');

  beforeAll(async () => {
    const { db } = ctx();
    supervisor = await actorFor(db, ['supervisor']);
    caseworker = await actorFor(db, ['caseworker']);
    colleague = await actorFor(db, ['caseworker']);
  });

  async function khmerCase(options: { assigneeId?: string | null; email?: string | null; phone?: string | null } = {}) {
    const { db } = ctx();
    const resident = await db.resident.create({
      data: buildResident({
        preferredLocale: 'km',
        nationality: 'KH',
        email: options.email === undefined ? `km-${crypto.randomUUID()}@example.org` : options.email,
        phone: options.phone === undefined ? '+821055550000' : options.phone,
      }),
    });
    const opened = await db.$transaction((tx) =>
      openCase(tx, consultationKind, {
        residentId: resident.id,
        locale: 'km',
        status: 'SCHEDULED',
        event: 'booked',
        actor: { type: 'resident' },
        assigneeId: options.assigneeId ?? null,
        language: 'km',
        at,
      }),
    );
    return { ...opened, residentId: resident.id, email: resident.email };
  }

  async function template(key: string, versions: Record<string, string>) {
    const made = await createTemplate(supervisor, { key, title: `${versions.ko} 제목`, body: versions.ko! }, at);
    if (!made.ok) throw new Error('template not made');
    for (const [locale, body] of Object.entries(versions)) if (locale !== 'ko') await saveTemplateVersion(supervisor, { templateId: made.templateId, locale, title: `${body} title`, body }, at);
    return made.templateId;
  }

  it('keeps one version per language and revision; a source change marks the translations as needing an update', async () => {
    const id = await template(`versions-${Date.now()}`, { ko: '서류를 가져오세요', km: 'សូមយកឯកសារមក', en: 'Bring your documents' });
    let detail = (await templateDetail(id))!;
    expect(detail.statuses).toMatchObject({ ko: 'current', km: 'current', en: 'current', vi: 'missing' });
    expect(detail.versions.get('km')?.revision).toBe(1);

    // The same text again adds nothing; a new Korean text moves the source on.
    expect(await saveTemplateVersion(supervisor, { templateId: id, locale: 'km', title: 'សូមយកឯកសារមក title', body: 'សូមយកឯកសារមក' })).toMatchObject({ ok: true, revision: 1 });
    expect(await saveTemplateVersion(supervisor, { templateId: id, locale: 'ko', title: '새 제목', body: '신분증과 서류를 가져오세요' })).toMatchObject({ ok: true, revision: 2 });
    detail = (await templateDetail(id))!;
    expect(detail.sourceRevision).toBe(2);
    expect(detail.statuses).toMatchObject({ ko: 'current', km: 'outdated', en: 'outdated', vi: 'missing' });
    expect(await saveTemplateVersion(supervisor, { templateId: id, locale: 'km', title: 'ចំណងជើងថ្មី', body: 'សូមយកអត្តសញ្ញាណប័ណ្ណ និងឯកសារមក' })).toMatchObject({ ok: true, revision: 2 });
    expect((await templateDetail(id))!.statuses.km).toBe('current');
    // The first Khmer version is still there, for the messages that used it.
    expect(await ctx().db.messageTemplateVersion.count({ where: { templateId: id, locale: 'km' } })).toBe(2);

    // A short name is unique and checked; text is required.
    expect(await createTemplate(supervisor, { key: detail.key, title: 'x', body: 'y' })).toMatchObject({ ok: false, refused: 'keyTaken' });
    expect(await createTemplate(supervisor, { key: 'Bad Key!', title: 'x', body: 'y' })).toMatchObject({ ok: false });
    expect(await saveTemplateVersion(supervisor, { templateId: id, locale: 'km', title: ' ', body: 'y' })).toMatchObject({ ok: false });
  });

  it('sends the Khmer version through the outbox, records version and language on the timeline with its delivery, and shows it to the resident only', async () => {
    const { db } = ctx();
    const id = await template(`khmer-${Date.now()}`, { ko: '센터로 와 주세요', km: 'សូមមកមជ្ឈមណ្ឌល' });
    const mine = await khmerCase({ assigneeId: caseworker.id });
    const someoneElses = await khmerCase({ assigneeId: colleague.id });

    // The staff member sees the Korean text beside the Khmer one.
    const choice = (await messageChoice(caseworker, mine.id, id))!;
    expect(choice.residentLanguage).toBe('km');
    expect(choice.chosen).toMatchObject({ staffText: { locale: 'ko', body: '센터로 와 주세요' }, residentText: { locale: 'km', body: 'សូមមកមជ្ឈមណ្ឌល' } });
    // Not theirs: nothing to offer, and sending is refused.
    expect(await messageChoice(caseworker, someoneElses.id, id)).toBeNull();
    expect(await sendTemplatedMessage(caseworker, { caseId: someoneElses.id, templateId: id, language: 'km' })).toMatchObject({ ok: false, refused: 'caseNotFound' });

    const sent = await sendTemplatedMessage(caseworker, { caseId: mine.id, templateId: id, language: 'km' }, at);
    if (!sent.ok) throw new Error(`not sent: ${JSON.stringify(sent)}`);
    const queued = await db.outboxMessage.findUniqueOrThrow({ where: { id: sent.outboxId } });
    expect(queued).toMatchObject({ locale: 'km', channel: 'EMAIL', to: mine.email, caseId: mine.id, residentId: mine.residentId, status: 'PENDING', subject: 'សូមមកមជ្ឈមណ្ឌល title' });
    expect(queued.text).toContain('សូមមកមជ្ឈមណ្ឌល');
    expect(queued.text).not.toContain('센터로 와 주세요');

    const events = await db.caseEvent.findMany({ where: { caseId: mine.id, type: 'message_sent' }, select: { id: true, type: true, data: true, actorId: true } });
    expect(events).toHaveLength(1);
    expect(events[0]!.actorId).toBe(caseworker.id);
    expect(events[0]!.data).toMatchObject({ templateId: id, revision: 1, locale: 'km', residentLanguage: 'km', outboxId: sent.outboxId });
    expect([...(await sentMessages(events)).values()]).toEqual([expect.objectContaining({ locale: 'km', revision: 1, delivery: 'PENDING' })]);

    const transports = recordingTransports();
    await dispatchDue(db, { transports: transports.set, now: new Date(Date.now() + 1000) });
    expect(transports.sent.filter((m) => m.to === mine.email)).toHaveLength(1);
    expect([...(await sentMessages(events)).values()][0]!.delivery).toBe('SENT');

    const forResident = await messagesForResident(mine.residentId);
    expect(forResident.get(mine.id)).toEqual([{ at, locale: 'km', title: 'សូមមកមជ្ឈមណ្ឌល title', body: 'សូមមកមជ្ឈមណ្ឌល' }]);
    expect((await messagesForResident(someoneElses.residentId)).size).toBe(0);
  });

  it('flags a template without the resident language and never falls back: a language must be chosen', async () => {
    const { db } = ctx();
    const id = await template(`no-khmer-${Date.now()}`, { ko: '전화해 주세요', en: 'Please call us' });
    const c = await khmerCase({ assigneeId: caseworker.id });
    const choice = (await messageChoice(caseworker, c.id, id))!;
    expect(choice.templates.find((t) => t.id === id)?.inResidentLanguage).toBe(false);
    expect(choice.chosen?.residentText).toBeNull();
    expect(choice.chosen?.languages).toEqual(['ko', 'en']);

    expect(await sendTemplatedMessage(caseworker, { caseId: c.id, templateId: id })).toMatchObject({ ok: false, refused: 'chooseLanguage' });
    expect(await sendTemplatedMessage(caseworker, { caseId: c.id, templateId: id, language: 'km' })).toMatchObject({ ok: false, refused: 'noVersion' });
    expect(await db.outboxMessage.count({ where: { caseId: c.id } })).toBe(0);

    // Chosen explicitly: English goes out, and the timeline says so.
    const sent = await sendTemplatedMessage(caseworker, { caseId: c.id, templateId: id, language: 'en' }, at);
    expect(sent.ok).toBe(true);
    const event = await db.caseEvent.findFirstOrThrow({ where: { caseId: c.id, type: 'message_sent' }, select: { data: true } });
    expect(event.data).toMatchObject({ locale: 'en', residentLanguage: 'km' });
    expect((await db.outboxMessage.findFirstOrThrow({ where: { caseId: c.id } })).locale).toBe('en');
  });

  it('a resident with only a phone gets a text message; with neither, sending is refused', async () => {
    const { db } = ctx();
    const id = await template(`sms-${Date.now()}`, { ko: '전화해 주세요', km: 'សូមទូរស័ព្ទមកយើង' });
    const phoneOnly = await khmerCase({ assigneeId: caseworker.id, email: null, phone: '+821077778888' });
    expect(await sendTemplatedMessage(caseworker, { caseId: phoneOnly.id, templateId: id, language: 'km' })).toMatchObject({ ok: true });
    expect(await db.outboxMessage.findFirstOrThrow({ where: { caseId: phoneOnly.id } })).toMatchObject({ channel: 'SMS', to: '+821077778888', locale: 'km' });
    const unreachable = await khmerCase({ assigneeId: caseworker.id, email: null, phone: null });
    expect(await sendTemplatedMessage(caseworker, { caseId: unreachable.id, templateId: id, language: 'km' })).toMatchObject({ ok: false, refused: 'noContact' });
  });

  it('a caseworker reads and takes an unassigned case once; a taken case is no longer in their pool', async () => {
    const pooled = await khmerCase();
    expect(await findCaseFor(caseworker, pooled.id, 'read')).not.toBeNull();
    expect(await findCaseFor(caseworker, pooled.id, 'update')).toBeNull();
    const [first, second] = await Promise.all([takeCase(caseworker, pooled.id, at), takeCase(colleague, pooled.id, at)]);
    expect([first.ok, second.ok].filter(Boolean)).toHaveLength(1);
    const winner = first.ok ? caseworker : colleague;
    const loser = first.ok ? colleague : caseworker;
    expect(first.ok ? second : first).toMatchObject({ ok: false });
    expect(await findCaseFor(winner, pooled.id, 'update')).not.toBeNull();
    expect(await findCaseFor(loser, pooled.id, 'read')).toBeNull();
  });
});
