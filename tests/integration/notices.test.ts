import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { buildNotice, buildStaffUser } from '@/prisma/builders';
import type { Db } from '@/lib/db/client';
import type { StaffContext } from '@/lib/auth/guards';
import { permissionsOf, type Role } from '@/lib/auth/roles';
import { activeNotices, noticeFeedEntries, urgentNoticesNotEnded } from '@/lib/notices/queries';
import { alertsInForce } from '@/lib/notices/alerts';
import { noticesAtomFeed } from '@/lib/notices/feed';
import { endNotice, noticeForEditing, saveNotice } from '@/lib/notices/staff/editing';

const site = 'https://portal.example';

async function actorFor(db: Db, roles: Role[]): Promise<StaffContext> {
  const row = await db.staffUser.create({ data: buildStaffUser({ roles }) });
  return { id: row.id, name: row.name, email: row.email, roles, permissions: permissionsOf(roles), languages: ['ko'], locale: 'en', twoFactorEnabled: true };
}

// Each test lives in a year of its own, so the notices of one never stand in another's clock.
const at = (year: number, time: string) => new Date(`${year}-08-10T${time}:00Z`);

const typhoon = {
  severity: 'URGENT',
  startsAt: '2031-08-10T09:00', // Korea time: 00:00 UTC
  endsAt: '2031-08-10T21:00', // 12:00 UTC
  title_ko: '태풍 경보',
  body_ko: '외출을 삼가세요.',
  title_en: 'Typhoon warning',
  body_en: 'Stay indoors.',
  title_km: 'ការព្រមានព្យុះទីហ្វុង',
  body_km: 'សូមស្នាក់នៅក្នុងផ្ទះ។',
};

describeEachDatabase('notices and urgent alerts', (ctx) => {
  it('shows an urgent alert from its start and takes it down exactly on its end time (explicit clock)', async () => {
    const { db } = ctx();
    const editor = await actorFor(db, ['editor']);
    const saved = await saveNotice(editor, { fields: typhoon });
    expect(saved.ok).toBe(true);
    const stored = await db.notice.findUniqueOrThrow({ where: { id: (saved as { id: string }).id } });
    expect([stored.startsAt.toISOString(), stored.endsAt?.toISOString()]).toEqual(['2031-08-10T00:00:00.000Z', '2031-08-10T12:00:00.000Z']);

    // The layout's cache read the list before the start; each render picks what is in force.
    const rows = (await urgentNoticesNotEnded(at(2031, '00:00'))).filter((r) => r.id === stored.id);
    const shown = (now: Date) => alertsInForce(rows, 'ko', now).map((a) => a.texts[0]!.title.text);
    expect(shown(new Date(stored.startsAt.getTime() - 1))).toEqual([]);
    expect(shown(stored.startsAt)).toEqual(['태풍 경보']);
    expect(shown(new Date(stored.endsAt!.getTime() - 1))).toEqual(['태풍 경보']);
    expect(shown(stored.endsAt!)).toEqual([]);
    // Once ended, a fresh read no longer carries it at all.
    expect((await urgentNoticesNotEnded(stored.endsAt!)).map((r) => r.id)).not.toContain(stored.id);
  });

  it('speaks the reader’s language where written; else says so and gives the Korean and the English', async () => {
    const { db } = ctx();
    const editor = await actorFor(db, ['editor']);
    await saveNotice(editor, { fields: { ...typhoon, startsAt: '2032-08-10T09:00', endsAt: '' } });
    const now = at(2032, '01:00');
    const rows = await urgentNoticesNotEnded(now);
    const [khmer] = alertsInForce(rows, 'km', now);
    expect(khmer).toMatchObject({ missing: false, texts: [{ title: { text: 'ការព្រមានព្យុះទីហ្វុង', locale: 'km', isFallback: false } }] });
    const [urdu] = alertsInForce(rows, 'ur', now);
    expect(urdu!.missing).toBe(true);
    expect(urdu!.texts.map((t) => [t.title.locale, t.title.text, t.body.text, t.title.isFallback])).toEqual([
      ['ko', '태풍 경보', '외출을 삼가세요.', true],
      ['en', 'Typhoon warning', 'Stay indoors.', true],
    ]);
    // English readers get English alone: it is their language.
    expect(alertsInForce(rows, 'en', now)[0]).toMatchObject({ missing: false, texts: [{ title: { text: 'Typhoon warning' } }] });
    await db.notice.deleteMany({ where: { endsAt: null, severity: 'URGENT' } });
  });

  it('needs Korean and English, a title with its text, and an end after the start', async () => {
    const { db } = ctx();
    const editor = await actorFor(db, ['editor']);
    const issues = async (fields: Record<string, string>) => {
      const result = await saveNotice(editor, { fields });
      return 'invalid' in result ? result.invalid.issues.map((i) => `${String(i.path[0])}:${i.message}`).sort() : result;
    };
    expect(await issues({ ...typhoon, title_en: '', body_km: '', endsAt: '2031-08-10T08:59' })).toEqual(['body_km:required', 'endsAt:endBeforeStart', 'title_en:required']);
    expect(await issues({ ...typhoon, severity: 'LOUD' })).toEqual(['severity:choose']);
    expect((await saveNotice(editor, { fields: { ...typhoon, startsAt: '2031-02-30T09:00' } })).ok).toBe(false);
    expect(await saveNotice(editor, { id: 'no-such-notice', fields: typhoon })).toMatchObject({ ok: false, refused: 'notFound' });
  });

  it('ends a notice at the moment staff press "end now", and the form shows it back in Korea time', async () => {
    const { db } = ctx();
    const supervisor = await actorFor(db, ['supervisor']);
    const saved = (await saveNotice(supervisor, { fields: { ...typhoon, severity: 'WARNING', startsAt: '2033-08-10T09:00', endsAt: '' } })) as { id: string };
    const pressed = at(2033, '03:30');
    expect(await endNotice(supervisor, saved.id, pressed)).toEqual({ ok: true });
    expect((await activeNotices('en', new Date(pressed.getTime() - 1))).map((n) => n.id)).toContain(saved.id);
    expect((await activeNotices('en', pressed)).map((n) => n.id)).not.toContain(saved.id);
    expect(await noticeForEditing(saved.id)).toMatchObject({ severity: 'WARNING', startsAt: '2033-08-10T09:00', endsAt: '2033-08-10T12:30', title_km: 'ការព្រមានព្យុះទីហ្វុង' });
    const audit = await db.auditLog.findMany({ where: { entity: 'Notice', entityId: saved.id }, orderBy: { at: 'asc' } });
    expect(audit.map((a) => a.actorId)).toEqual([supervisor.id, supervisor.id]);
  });

  it('lists notices in force on the home page urgent first, and feeds them as Atom marked with the language each is shown in', async () => {
    const { db } = ctx();
    const now = at(2034, '05:00');
    await db.notice.createMany({
      data: [
        buildNotice({ severity: 'INFO', title: { ko: '휴관 안내', en: 'Centre closed on Chuseok', vi: 'Trung tâm nghỉ Tết Trung thu' }, startsAt: at(2034, '01:00') }),
        buildNotice({ severity: 'WARNING', title: { ko: '폭염 주의', en: 'Heatwave' }, startsAt: at(2034, '02:00') }),
        buildNotice({ severity: 'URGENT', title: { ko: '태풍 경보', en: 'Typhoon warning' }, startsAt: at(2034, '03:00'), endsAt: at(2034, '06:00') }),
        buildNotice({ severity: 'URGENT', title: { en: 'Later' }, startsAt: at(2034, '07:00') }),
      ],
    });
    const listed = (await activeNotices('vi', now)).filter((n) => n.startsAt.getUTCFullYear() === 2034);
    expect(listed.map((n) => [n.severity, n.title.text])).toEqual([
      ['URGENT', 'Typhoon warning'],
      ['WARNING', 'Heatwave'],
      ['INFO', 'Trung tâm nghỉ Tết Trung thu'],
    ]);

    const entries = (await noticeFeedEntries('vi', now)).filter((n) => n.startsAt.getUTCFullYear() === 2034);
    const xml = noticesAtomFeed({ locale: 'vi', site, title: 'Thông báo', entries });
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.language).toBe('vi');
    expect(feed.self).toBe(`${site}/vi/notices/feed.xml`);
    expect(feed.items.map((i) => [i.title, i.url])).toEqual(entries.map((e) => [e.title.text, `${site}/vi#notice-${e.id}`]));
    expect(feed.items.map((i) => i.title)).not.toContain('Later');
    expect(xml.match(/<entry xml:lang="[^"]+">/g)).toEqual(['<entry xml:lang="en">', '<entry xml:lang="en">', '<entry xml:lang="vi">']);
    for (const item of feed.items) expect(item.published).toBeInstanceOf(Date);
  });
});
