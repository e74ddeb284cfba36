import type { Db } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locales';
import { openCase } from '@/lib/cases/write';
import { emergencySupportKind } from '@/lib/cases/kinds/emergency-support';
import { queueMessage } from '@/lib/notifications/outbox';
import { withRetries } from '@/lib/db/retry';
import { programmeInForce } from '../rules/queries';
import { lookupHash, unseal } from '../sealed';
import { consentsNeeded } from './consents';
import { decisionDueAt } from '../info-request/clock';
import { allDone, APPLICATION_PURPOSE, type OwnApplication } from './store';

export type SubmitResult = { kind: 'submitted'; reference: string; repeated: boolean } | { kind: 'incomplete' } | { kind: 'expired' } | { kind: 'closed' };

type Submission = {
  app: OwnApplication;
  resident: { id: string; email: string };
  locale: Locale;
  /** The programme's name in the resident's language, for the email. */
  programmeName: string;
  requestsUrl: string;
  now: Date;
};

const TX = { maxWait: 10_000, timeout: 20_000 };

/**
 * Turns a complete draft into a case of kind EMERGENCY_SUPPORT, in one transaction: the case and
 * its first event, the application's answers (sensitive ones still sealed), each consent with
 * its text's version, the email in the resident's language; then the draft is deleted. The first
 * write claims the application (submittedAt), so a double click or two tabs make one case; the
 * repeat finds its reference.
 */
export async function submitApplication(db: Db, { app, resident, locale, programmeName, requestsUrl, now }: Submission): Promise<SubmitResult> {
  const existing = await referenceOf(db, app.id);
  if (existing) return { kind: 'submitted', reference: existing, repeated: true };
  const values = app.values;
  if (!values) return { kind: 'expired' };
  if (!allDone(values) || !values.applicant || !values.crisis || !values.costs || !values.bank || !values.household) return { kind: 'incomplete' };
  const programme = await programmeInForce(db, values.programme, now);
  if (!programme) return { kind: 'closed' };
  const { applicant, household, crisis, costs, bank } = values;
  const reference = await withRetries(() =>
    db.$transaction(async (tx) => {
      const claimed = await tx.supportApplication.updateMany({ where: { id: app.id, residentId: resident.id, submittedAt: null }, data: { submittedAt: now } });
      if (claimed.count !== 1) return null;
      const opened = await openCase(tx, emergencySupportKind, {
        residentId: resident.id,
        locale,
        status: 'SUBMITTED',
        event: 'submitted',
        actor: { type: 'resident' },
        data: { programme: values.programme, ruleVersion: programme.current.version },
        dueAt: decisionDueAt(now),
        at: now,
      });
      await tx.supportApplication.update({
        where: { id: app.id },
        data: {
          caseId: opened.id,
          locale,
          ruleSetId: programme.current.id,
          answers: {
            applicant: {
              fullName: applicant.fullName,
              phone: applicant.phone,
              address: applicant.address,
              nationality: applicant.nationality,
              visa: applicant.visa,
              residenceMonths: applicant.residenceMonths,
              arnMasked: applicant.arnMasked,
            },
            household,
            crisis: { reason: crisis.reason, date: crisis.date, description: crisis.description },
            costs,
            bank: { bankName: bank.bankName, holder: bank.holder, accountMasked: bank.accountMasked },
          },
          identifierSealed: applicant.arnSealed,
          identifierHash: lookupHash(unseal(applicant.arnSealed)),
          bankSealed: bank.accountSealed,
          healthSealed: crisis.healthSealed ?? null,
        },
      });
      for (const purpose of consentsNeeded(values)) {
        const given = values.consents![purpose]!;
        await tx.supportConsent.create({ data: { applicationId: app.id, purpose, textVersion: given.version, textHash: given.textHash, locale: given.locale, givenAt: new Date(given.at) } });
      }
      await queueMessage(tx, {
        channel: 'EMAIL',
        template: 'supportSubmitted',
        locale,
        to: resident.email,
        residentId: resident.id,
        caseId: opened.id,
        params: { reference: opened.reference, programme: programmeName, requestsUrl },
      });
      // The answers now live in the application; the draft's copy goes.
      await tx.formDraft.deleteMany({ where: { id: app.draftId, purpose: APPLICATION_PURPOSE } });
      return opened.reference;
    }, TX),
  );
  if (reference) return { kind: 'submitted', reference, repeated: false };
  const made = await referenceOf(db, app.id);
  return made ? { kind: 'submitted', reference: made, repeated: true } : { kind: 'expired' };
}

async function referenceOf(db: Pick<Db, 'supportApplication' | 'case'>, applicationId: string) {
  const row = await db.supportApplication.findUnique({ where: { id: applicationId }, select: { caseId: true } });
  if (!row?.caseId) return null;
  return (await db.case.findUnique({ where: { id: row.caseId }, select: { reference: true } }))?.reference ?? null;
}
