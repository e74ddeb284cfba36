import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { can, type StaffContext } from '@/lib/auth/guards';
import { findCaseFor } from '@/lib/cases/access';
import { recordAudit } from '@/lib/audit/record';
import { evaluate, type Outcome } from '../eligibility/evaluate';
import { checked, type CheckedVersion } from '../eligibility/version';
import { unseal } from '../sealed';
import { isProgrammeCode, type ProgrammeCode } from '../programmes';
import type { Member } from '../application/types';
import { approvalThreshold, waitingApproval, type WaitingApproval } from './approval';

const answersSchema = z.object({
  applicant: z.object({ fullName: z.string(), phone: z.string(), address: z.string(), nationality: z.string(), visa: z.string(), residenceMonths: z.number(), arnMasked: z.string() }),
  household: z.object({ members: z.array(z.object({ name: z.string(), relation: z.string(), birthYear: z.number() })) }),
  crisis: z.object({ reason: z.string(), date: z.string(), description: z.string() }),
  costs: z.object({ monthlyIncome: z.number(), assets: z.number(), costsAmount: z.number().optional(), costsNote: z.string() }),
  bank: z.object({ bankName: z.string(), holder: z.string(), accountMasked: z.string() }),
});

export type SupportPanel = {
  status: string;
  programme: ProgrammeCode;
  submittedAt: Date | null;
  answers: z.infer<typeof answersSchema> & { household: { members: Member[] } };
  /** Only with `pii:read`; otherwise undefined (the field is not in the payload at all). */
  health?: string | null;
  account?: string;
  consents: { purpose: string; textVersion: string; locale: string; givenAt: Date }[];
  version: CheckedVersion | null;
  outcome: Outcome | null;
  decidedAmount: number | null;
  decisionReason: string | null;
  /** Grants above this wait for approval (null: none do). */
  approvalAbove: number | null;
  /** The grant waiting for approval, if one does; `mayAnswer` for a person with support:approve who did not propose it. */
  approval: WaitingApproval | null;
};

/**
 * The application's part of the staff case page, read through the core's access rule. The
 * alien registration number is never unsealed for a screen (its mask only); health details and
 * the full account number only for `pii:read`, so for anyone else they are absent from the HTML
 * and the RSC payload alike. Every view is logged with the fields it showed.
 */
export async function supportPanel(actor: StaffContext, caseId: string): Promise<SupportPanel | null> {
  const found = await findCaseFor(actor, caseId, 'read');
  if (!found || found.kind !== 'EMERGENCY_SUPPORT') return null;
  const row = await db.supportApplication.findUnique({
    where: { caseId },
    select: {
      id: true,
      submittedAt: true,
      answers: true,
      healthSealed: true,
      bankSealed: true,
      ruleSetId: true,
      decidedAmount: true,
      decisionReason: true,
      programme: { select: { code: true, ruleSets: { select: { id: true, version: true, effectiveFrom: true, rules: true } } } },
      consents: { select: { purpose: true, textVersion: true, locale: true, givenAt: true }, orderBy: { purpose: 'asc' } },
    },
  });
  if (!row || !isProgrammeCode(row.programme.code)) return null;
  const answers = answersSchema.safeParse(row.answers);
  if (!answers.success) return null;
  const withPii = can(actor, 'pii:read');
  const stored = row.programme.ruleSets.find((v) => v.id === row.ruleSetId);
  const version = stored ? checked(stored) : null;
  const a = answers.data;
  const outcome = version
    ? evaluate(version.rules, {
        visa: a.applicant.visa,
        residesInCity: true,
        residenceMonths: a.applicant.residenceMonths,
        crisis: a.crisis.reason,
        householdSize: 1 + a.household.members.length,
        monthlyIncome: a.costs.monthlyIncome,
        assets: a.costs.assets,
      })
    : null;
  const approval = await waitingApproval(db, actor, caseId);
  const fields = ['applicant', 'household', 'crisis', 'costs', 'bank.masked', 'consents', ...(withPii ? ['health', 'bank.account'] : [])];
  await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'view', entity: 'SupportApplication', entityId: row.id, residentId: found.residentId, detail: { fields } });
  return {
    status: found.status,
    programme: row.programme.code,
    submittedAt: row.submittedAt,
    answers: a as SupportPanel['answers'],
    ...(withPii ? { health: row.healthSealed ? unseal(row.healthSealed) : null, account: row.bankSealed ? unseal(row.bankSealed) : undefined } : {}),
    consents: row.consents,
    version,
    outcome,
    decidedAmount: row.decidedAmount,
    decisionReason: row.decisionReason,
    approvalAbove: approvalThreshold(),
    approval,
  };
}
