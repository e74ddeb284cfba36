import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { buildCase, buildCenter, buildCity, buildNotice, buildResident, buildStaffUser } from '@/prisma/builders';
import { seed } from '@/prisma/seed/run';
import { listCenters } from '@/lib/centers/queries';
import { activeNotices } from '@/lib/notices/queries';
import { getCityIdentity } from '@/lib/city/queries';
import { checkDatabase } from '@/lib/health/check';

describeEachDatabase('seed data', (ctx) => {
  // Two full seeds (every service, about 50 newsletter versions indexed) take well over 30 s on a loaded 2-core machine.
  it('loads the city, its six centres and four services, and is safe to run twice', async () => {
    const { db } = ctx();
    await seed(db);
    await seed(db);
    expect(await db.city.count()).toBe(1);
    expect(await db.center.count()).toBe(6);
    expect(await db.service.count()).toBe(4);
  }, 120_000);

  it('leaves what staff edited alone when it runs again', async () => {
    const { db } = ctx();
    await db.center.update({ where: { slug: 'consultation-center' }, data: { phone: '+82-31-999-0000' } });
    await seed(db);
    const center = await db.center.findUniqueOrThrow({ where: { slug: 'consultation-center' } });
    expect(center.phone).toBe('+82-31-999-0000');
  }, 60_000);

  it('seeds four newsletter issues, the newest-added one (40) in all eight languages, leaving edited issues alone', async () => {
    const { db } = ctx();
    // The first test of this block has seeded already; once more after an editor's change.
    await db.newsletterIssue.update({ where: { number: 41 }, data: { title: { ko: '편집된 제목' } } });
    await seed(db);
    const issues = await db.newsletterIssue.findMany({ where: { number: { in: [40, 41, 42, 43] } }, orderBy: { number: 'asc' }, include: { articles: { include: { versions: true } } } });
    expect(issues.map((issue) => [issue.number, issue.year, issue.quarter, issue.articles.length])).toEqual([
      [40, 2026, 1, 2],
      [41, 2026, 2, 2],
      [42, 2026, 3, 2],
      [43, 2026, 4, 2],
    ]);
    expect(issues[1]!.title).toEqual({ ko: '편집된 제목' });
    const winter = issues[0]!;
    for (const article of winter.articles) expect(article.versions.map((v) => v.locale).sort()).toEqual(['en', 'id', 'km', 'ko', 'ne', 'ru', 'vi', 'zh']);
    // A real translation, not a copy of the Korean source.
    const titles = new Set(winter.articles.flatMap((article) => article.versions.map((v) => v.title)));
    expect(titles.size).toBe(16);
  });

  it('serves the centres directory in the reader’s language, saying when a text falls back', async () => {
    const centers = await listCenters('ko');
    expect(centers.map((c) => c.slug)).toEqual(['support-center', 'immigrant-plus-center', 'consultation-center', 'global-youth-center', 'koryoin-cultural-center', 'multicultural-family-center']);
    const consultation = centers.find((c) => c.slug === 'consultation-center')!;
    expect(consultation.name).toEqual({ text: '외국인주민상담지원센터', locale: 'ko', isFallback: false });
    expect(consultation.languages).toContain('베트남어');
    expect(consultation.hours[0]!.days).toContain('일요일');

    // Addresses are kept in Korean and English only: a Khmer reader gets English, flagged.
    const khmer = (await listCenters('km')).find((c) => c.slug === 'consultation-center')!;
    expect(khmer.address).toMatchObject({ locale: 'en', isFallback: true });
    expect(khmer.hasFallback).toBe(true);
  });

  it('names the city from the database, not from code', async () => {
    const city = await getCityIdentity('en');
    expect(city?.name.text).toBe('Ansan City');
    expect(city?.phone).toBe('+82-31-481-3745');
  });
});

describeEachDatabase('core models', (ctx) => {
  it('stores a case with its timeline, assignee and unique reference', async () => {
    const { db } = ctx();
    const resident = await db.resident.create({ data: buildResident({ preferredLocale: 'ur' }) });
    const staff = await db.staffUser.create({ data: buildStaffUser({ roles: ['caseworker'], languages: ['ur', 'ko'] }) });
    const created = await db.case.create({
      data: {
        ...buildCase(resident.id, { kind: 'EMERGENCY_SUPPORT', status: 'SUBMITTED', assigneeId: staff.id, locale: 'ur' }),
        events: {
          create: [
            { type: 'created', toStatus: 'SUBMITTED' },
            { type: 'assigned', actorId: staff.id },
          ],
        },
      },
    });
    expect(created.reference).toMatch(/^ES-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);

    const found = await db.case.findUniqueOrThrow({
      where: { reference: created.reference },
      select: { status: true, locale: true, assignee: { select: { languages: true } }, events: { orderBy: { createdAt: 'asc' }, select: { type: true } } },
    });
    expect(found).toEqual({ status: 'SUBMITTED', locale: 'ur', assignee: { languages: ['ur', 'ko'] }, events: [{ type: 'created' }, { type: 'assigned' }] });

    await expect(db.case.create({ data: buildCase(resident.id, { reference: created.reference }) })).rejects.toThrow();
  });

  it('keeps multilingual JSON intact in every script', async () => {
    const { db } = ctx();
    const city = await db.city.create({ data: buildCity() });
    const name = { my: 'ရန်ကုန်', km: 'ភ្នំពេញ', si: 'කොළඹ', lo: 'ວຽງຈັນ', ur: 'لاہور', ko: '서울' };
    const center = await db.center.create({ data: buildCenter(city.id, { name }) });
    const read = await db.center.findUniqueOrThrow({ where: { id: center.id }, select: { name: true } });
    expect(read.name).toEqual(name);
  });

  it('records audit rows with who, what and from where', async () => {
    const { db } = ctx();
    const row = await db.auditLog.create({
      data: { actorType: 'staff', actorId: 'staff-1', action: 'view', entity: 'Resident', entityId: 'r-1', residentId: 'r-1', ip: '203.0.113.7', detail: { fields: ['phone'] } },
    });
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ action: 'view', ip: '203.0.113.7', detail: { fields: ['phone'] } });
  });

  it('shows only notices in force, urgent first, with the reader’s language or a flagged fallback', async () => {
    const { db } = ctx();
    const hour = 3_600_000;
    await db.notice.createMany({
      data: [
        buildNotice({ severity: 'INFO', title: { ko: '안내', en: 'Info', vi: 'Thông báo' } }),
        buildNotice({ severity: 'URGENT', title: { ko: '태풍 경보', en: 'Typhoon warning' } }),
        buildNotice({ title: { en: 'Expired' }, startsAt: new Date(Date.now() - 3 * hour), endsAt: new Date(Date.now() - hour) }),
        buildNotice({ title: { en: 'Future' }, startsAt: new Date(Date.now() + hour) }),
      ],
    });
    const notices = await activeNotices('vi');
    expect(notices.map((n) => n.title.text)).toEqual(['Typhoon warning', 'Thông báo']);
    expect(notices[0]!.title.isFallback).toBe(true);
    expect(notices[1]!.title.isFallback).toBe(false);
  });

  it('reports a healthy database', async () => {
    expect(await checkDatabase()).toMatchObject({ ok: true, kind: ctx().kind });
  });
});
