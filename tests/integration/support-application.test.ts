import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { staffWith } from '../support/staff-context';
import { buildResident } from '@/prisma/builders';
import type { Db } from '@/lib/db/client';
import { seedSupport } from '@/prisma/seed/support';
import { recordPrecheck } from '@/lib/support/rules/queries';
import { openDrafts, ownApplication, saveValues, startApplication, type OwnApplication } from '@/lib/support/application/store';
import { parseSection } from '@/lib/support/application/sections';
import { residentScreen } from '@/lib/support/application/screen';
import { submitApplication } from '@/lib/support/application/submit';
import { consentVersions, textHash } from '@/lib/support/application/consents';
import type { Section } from '@/lib/support/application/types';
import { supportPanel } from '@/lib/support/staff/panel';
import { decideSupportCase } from '@/lib/support/staff/work';
import { setAssignee } from '@/lib/cases/write';

const ARN = '900101-5123456';
const ACCOUNT = '110-234-567890';
const HEALTH = 'Broken leg, surgery at Ansan hospital';
// Tuesday 1 December 2026, 10:00 in Seoul.
const now = new Date('2026-12-01T01:00:00Z');
const consentText = (purpose: string) => ({ version: consentVersions[purpose as 'personal_data'], hash: textHash(`text of ${purpose}`) });

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

const answers: Record<Section, Record<string, string>> = {
  applicant: { fullName: 'Nguyen Van An', phone: '010-1234-5678', address: '1 Wongok-ro, Danwon-gu', nationality: 'Vietnam', visa: 'E-9', residenceMonths: '14', arn: ARN },
  household: { memberName1: 'Tran Thi Binh', memberRelation1: 'spouse', memberBirthYear1: '1992' },
  crisis: { reason: 'illness_injury', date: '2026-11-20', description: 'I fell at work and cannot work for two months.', health: HEALTH },
  costs: { monthlyIncome: '900,000', assets: '1500000', costsAmount: '2400000', costsNote: '' },
  bank: { bankName: 'Nonghyup', holder: 'Nguyen Van An', account: ACCOUNT },
  consents: { consent_personal_data: 'yes', consent_unique_identifiers: 'yes', consent_sensitive_health: 'yes' },
};

/** Saves one section as the action does: parsed from the post, merged into the draft. */
async function save(db: Db, residentId: string, appId: string, section: Section, fields: Record<string, string>, at = now) {
  const app = (await ownApplication(db, residentId, appId, at))!;
  const parsed = parseSection(section, form(fields), app.values!, at, consentText, 'vi');
  if (!parsed.ok) return parsed;
  await saveValues(db, app, { ...app.values!, ...parsed.values }, at);
  return parsed;
}

describeEachDatabase('emergency support applications', (ctx) => {
  let residentId: string;
  let otherId: string;

  beforeAll(async () => {
    const { db } = ctx();
    await seedSupport(db);
    residentId = (await db.resident.create({ data: buildResident({ email: `an-${Date.now()}@example.com`, preferredLocale: 'vi' }) })).id;
    otherId = (await db.resident.create({ data: buildResident({ email: `other-${Date.now()}@example.com` }) })).id;
  });

  describe('the pre-check', () => {
    it('records each check with the rule version in force at its moment, 2026 until Seoul midnight and 2027 after', async () => {
      const { db } = ctx();
      const household = { visa: 'E-9', residesInCity: true, residenceMonths: 12, crisis: 'earner_lost', householdSize: 3, monthlyIncome: 4_100_000, assets: 0 };
      const before = await recordPrecheck(db, { code: 'LIVING', answers: household, locale: 'ur', now: new Date('2026-12-31T14:59:59Z') });
      const after = await recordPrecheck(db, { code: 'LIVING', answers: household, locale: 'ur', now: new Date('2026-12-31T15:00:00Z') });
      expect(before).toMatchObject({ version: '2026.1', outcome: { eligible: false, failures: [{ rule: 'income', limit: 4_019_000 }] } });
      expect(after).toMatchObject({ version: '2027.1', outcome: { eligible: true } });
      const rows = await db.supportPrecheck.findMany({ where: { id: { in: [before!.id, after!.id] } }, include: { ruleSet: { select: { version: true } } }, orderBy: { createdAt: 'asc' } });
      expect(rows.map((r) => [r.ruleSet.version, r.eligible, r.failedRules])).toEqual([
        ['2026.1', false, ['income']],
        ['2027.1', true, []],
      ]);
    });
  });

  describe('save and return, and submission', () => {
    let appId: string;

    beforeAll(async () => {
      const { db } = ctx();
      appId = (await startApplication(db, { residentId, programme: 'MEDICAL', locale: 'vi', now }))!.id;
    });

    it('keeps each saved section for weeks, with the identifier and the account sealed at rest', async () => {
      const { db } = ctx();
      for (const section of ['applicant', 'household', 'crisis', 'costs', 'bank'] as const) expect((await save(db, residentId, appId, section, answers[section])).ok).toBe(true);
      // Three weeks later, nothing lost.
      const later = new Date(now.getTime() + 21 * 86_400_000);
      const back = (await ownApplication(db, residentId, appId, later))!;
      const screen = residentScreen(back.values!, { withHealth: true });
      expect(screen.applicant).toMatchObject({ fullName: 'Nguyen Van An', phone: '+821012345678', arnMasked: '900101-5******' });
      expect(screen.household?.members).toEqual([{ name: 'Tran Thi Binh', relation: 'spouse', birthYear: 1992 }]);
      expect(screen.crisis?.health).toBe(HEALTH);
      expect(screen.costs).toMatchObject({ monthlyIncome: 900_000, assets: 1_500_000, costsAmount: 2_400_000 });
      expect(screen.bank).toEqual({ bankName: 'Nonghyup', holder: 'Nguyen Van An', accountMasked: '••••7890' });
      expect(screen.states).toMatchObject({ applicant: 'done', consents: 'todo' });
      const stored = JSON.stringify((await db.formDraft.findUnique({ where: { id: back.draftId } }))!.values);
      for (const secret of [ARN, '5123456', '234567890', HEALTH]) expect(stored).not.toContain(secret);
      // A second save of the applicant with the number left empty keeps the sealed one.
      expect((await save(db, residentId, appId, 'applicant', { ...answers.applicant, arn: '' }, later)).ok).toBe(true);
      expect(residentScreen((await ownApplication(db, residentId, appId, later))!.values!).applicant?.arnMasked).toBe('900101-5******');
    });

    it('names the field of a refused answer and keeps what was typed elsewhere', async () => {
      const { db } = ctx();
      const refused = await save(db, residentId, appId, 'applicant', { ...answers.applicant, arn: '12345', phone: 'call me' });
      expect(refused).toMatchObject({ ok: false, errors: { arn: 'arn', phone: 'phone' }, typed: { fullName: 'Nguyen Van An' } });
      expect(JSON.stringify(refused)).not.toContain('12345');
    });

    it('asks each consent separately: without the health consent a medical application is not complete', async () => {
      const { db } = ctx();
      const parsed = await save(db, residentId, appId, 'consents', { consent_personal_data: 'yes', consent_unique_identifiers: 'yes' });
      expect(parsed).toMatchObject({ ok: false, errors: { consent_sensitive_health: 'consent' } });
    });

    it('shows the draft only to its owner, in "my requests" and by id', async () => {
      const { db } = ctx();
      expect(await ownApplication(db, otherId, appId)).toBeNull();
      expect(await openDrafts(db, otherId, now)).toEqual([]);
      expect((await openDrafts(db, residentId, now)).map((d) => d.id)).toContain(appId);
    });

    it('opens one EMERGENCY_SUPPORT case on submit, with the consents and their versions, and an email in Vietnamese', async () => {
      const { db } = ctx();
      expect((await save(db, residentId, appId, 'consents', answers.consents)).ok).toBe(true);
      const app = (await ownApplication(db, residentId, appId, now)) as OwnApplication;
      const resident = { id: residentId, email: (await db.resident.findUniqueOrThrow({ where: { id: residentId } })).email! };
      const submission = { app, resident, locale: 'vi' as const, programmeName: 'Chi phí y tế', requestsUrl: 'https://portal.example/vi/account', now };
      const [first, second] = await Promise.all([submitApplication(db, submission), submitApplication(db, submission)]);
      expect(first.kind).toBe('submitted');
      expect(second.kind).toBe('submitted');
      const reference = first.kind === 'submitted' ? first.reference : '';
      expect(second).toMatchObject({ reference });
      expect(reference).toMatch(/^ES-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

      const cases = await db.case.findMany({ where: { residentId, kind: 'EMERGENCY_SUPPORT' }, include: { events: true } });
      expect(cases).toHaveLength(1);
      expect(cases[0]).toMatchObject({ status: 'SUBMITTED', locale: 'vi', reference });
      expect(cases[0]!.events[0]).toMatchObject({ type: 'submitted', data: { programme: 'MEDICAL', ruleVersion: '2026.1' } });

      const row = await db.supportApplication.findUniqueOrThrow({ where: { id: appId }, include: { consents: { orderBy: { purpose: 'asc' } } } });
      expect(row.caseId).toBe(cases[0]!.id);
      expect(row.consents.map((c) => [c.purpose, c.textVersion, c.textHash, c.locale])).toEqual([
        ['personal_data', '2026-12-01', textHash('text of personal_data'), 'vi'],
        ['sensitive_health', '2026-12-01', textHash('text of sensitive_health'), 'vi'],
        ['unique_identifiers', '2026-12-01', textHash('text of unique_identifiers'), 'vi'],
      ]);
      expect(JSON.stringify(row)).not.toContain(ARN);
      expect(row.identifierHash).toBeTruthy();
      // The draft's copy of the answers is gone; the application keeps them.
      expect(await db.formDraft.findUnique({ where: { id: row.draftId } })).toBeNull();

      const mail = await db.outboxMessage.findMany({ where: { caseId: cases[0]!.id } });
      expect(mail).toHaveLength(1);
      expect(mail[0]).toMatchObject({ template: 'supportSubmitted', locale: 'vi', to: resident.email });
      expect(mail[0]!.subject).toContain(reference);
      expect(mail[0]!.text).toContain('Chi phí y tế');
    });

    it('shows staff the application through the case rule, health details only with pii:read, and records the rule version with the decision', async () => {
      const { db } = ctx();
      const caseId = (await db.supportApplication.findUniqueOrThrow({ where: { id: appId } })).caseId!;
      const caseworker = await staffWith(db, ['caseworker']);
      const coordinator = await staffWith(db, ['class_coordinator']);
      const supervisor = await staffWith(db, ['supervisor']);
      // Not assigned: the caseworker sees nothing of it.
      expect(await supportPanel(caseworker, caseId)).toBeNull();
      await setAssignee(db, caseId, caseworker.id);
      const seen = await supportPanel(caseworker, caseId);
      expect(seen).toMatchObject({ programme: 'MEDICAL', health: HEALTH, account: '110234567890', answers: { applicant: { arnMasked: '900101-5******' } } });
      expect(JSON.stringify(seen)).not.toContain(ARN);
      expect(seen!.outcome).toEqual({ eligible: true, estimate: { kind: 'upTo', max: 3_000_000 } });
      // A role without pii:read gets neither the health details nor the account number, not even as keys.
      await setAssignee(db, caseId, coordinator.id);
      const limited = await supportPanel(coordinator, caseId);
      expect(limited).not.toBeNull();
      expect(Object.keys(limited!)).not.toContain('health');
      expect(Object.keys(limited!)).not.toContain('account');
      expect(JSON.stringify(limited)).not.toContain('Broken leg');

      expect(await decideSupportCase(db, supervisor, caseId, { outcome: 'approve', amount: '', note: '' })).toMatchObject({ ok: false });
      expect(await decideSupportCase(db, supervisor, caseId, { outcome: 'approve', amount: '2,400,000', note: 'Bills checked' })).toEqual({ ok: true });
      const decided = await db.case.findUniqueOrThrow({ where: { id: caseId }, include: { events: { orderBy: { createdAt: 'asc' } } } });
      expect(decided.status).toBe('APPROVED');
      expect(decided.events.at(-1)).toMatchObject({ type: 'approved', data: { amount: 2_400_000, ruleVersion: '2026.1' } });
      const row = await db.supportApplication.findUniqueOrThrow({ where: { id: appId } });
      expect(row).toMatchObject({ decidedAmount: 2_400_000 });
      expect(row.decisionRuleSetId).toBe(row.ruleSetId);
      // Decided once: a second decision is refused.
      expect(await decideSupportCase(db, supervisor, caseId, { outcome: 'reject', reason: 'other', note: 'x' })).toMatchObject({ ok: false, refused: 'not_allowed' });
    });
  });
});
