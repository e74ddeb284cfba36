import type { Db } from '@/lib/db/client';
import type { StaffContext } from '@/lib/auth/guards';
import { setCaseFacets, transition, type CaseTx } from '@/lib/cases/write';
import { emergencySupportKind } from '@/lib/cases/kinds/emergency-support';
import { queueMessage } from '@/lib/notifications/outbox';
import { recordAudit } from '@/lib/audit/record';
import { isLocale } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/http/site-url';
import { cityDayKey } from '@/lib/time/seoul';
import { invalid, refused, type DataResult } from '@/lib/forms/result';
import { seal } from '../sealed';
import { infoAnswerSchema, infoRequestSchema } from './schema';
import { endOfCityDay, resumedDueAt } from './clock';

type Tx = CaseTx & Pick<Db, 'supportInfoRequest'>;

/**
 * Asks the resident for more: the request with its due day, the case moved to INFO_REQUESTED
 * (its clock stops: the decision deadline is kept on the request and the queue shows the
 * resident's due day), and an email in the resident's language, in one transaction.
 */
export async function requestInformation(db: Db, staff: StaffContext, caseId: string, input: unknown, now = new Date()): Promise<DataResult<object, 'not_allowed'>> {
  const parsed = infoRequestSchema(cityDayKey(now)).safeParse(input);
  const current = await db.case.findUnique({ where: { id: caseId }, select: { status: true, dueAt: true, reference: true, locale: true, residentId: true, resident: { select: { email: true } } } });
  const app = await db.supportApplication.findUnique({ where: { caseId }, select: { id: true } });
  if (!current || !app) return refused('not_allowed');
  if (!(emergencySupportKind.transitions[current.status as 'SUBMITTED'] as readonly string[] | undefined)?.includes('INFO_REQUESTED')) return refused('not_allowed', { status: current.status });
  if (!parsed.success) return invalid(parsed.error);
  const dueAt = endOfCityDay(parsed.data.dueOn);
  const locale = isLocale(current.locale) ? current.locale : 'ko';
  await db.$transaction(async (tx) => {
    await transition(tx, emergencySupportKind, caseId, {
      to: 'INFO_REQUESTED',
      event: 'info_requested',
      actor: { type: 'staff', id: staff.id },
      note: parsed.data.request,
      data: { dueOn: parsed.data.dueOn },
      at: now,
    });
    await tx.supportInfoRequest.create({ data: { applicationId: app.id, caseId, request: parsed.data.request, dueAt, requestedAt: now, requestedById: staff.id, pausedDueAt: current.dueAt } });
    await setCaseFacets(tx, caseId, { dueAt });
    if (current.resident.email) {
      await queueMessage(tx, {
        channel: 'EMAIL',
        template: 'supportInfoRequested',
        locale,
        to: current.resident.email,
        residentId: current.residentId,
        caseId,
        params: { reference: current.reference, request: parsed.data.request, dueAt, requestsUrl: `${siteUrl()}/${locale}/account` },
      });
    }
  });
  await recordAudit({ actor: { type: 'staff', id: staff.id }, action: 'change', entity: 'Case', entityId: caseId, residentId: current.residentId, detail: { move: 'request_info' } });
  return { ok: true };
}

/** Ends the wait on the resident: the open request is closed and the decision deadline moves by the time waited. */
export async function resumeClock(tx: Tx, caseId: string, answer: { sealed: string | null }, now: Date) {
  const open = await tx.supportInfoRequest.findFirst({ where: { caseId, answeredAt: null }, orderBy: { requestedAt: 'desc' } });
  if (!open) return;
  await tx.supportInfoRequest.update({ where: { id: open.id }, data: { answeredAt: now, answerSealed: answer.sealed } });
  await setCaseFacets(tx, caseId, { dueAt: resumedDueAt(open.pausedDueAt, open.requestedAt, now) });
}

/** The open request on one of the resident's own cases, for "my requests" and the answer page. */
export async function openRequestFor(db: Pick<Db, 'supportInfoRequest' | 'case'>, residentId: string, caseId: string) {
  if (typeof caseId !== 'string' || caseId.length === 0 || caseId.length > 64) return null;
  const own = await db.case.findFirst({ where: { id: caseId, residentId, kind: 'EMERGENCY_SUPPORT', status: 'INFO_REQUESTED' }, select: { id: true, reference: true } });
  if (!own) return null;
  const request = await db.supportInfoRequest.findFirst({ where: { caseId, answeredAt: null }, orderBy: { requestedAt: 'desc' }, select: { id: true, request: true, dueAt: true, requestedAt: true } });
  return request ? { ...request, reference: own.reference } : null;
}

/**
 * The resident's answer, on their own case only: sealed, the request closed, the case back to
 * IN_REVIEW with its clock running again. The place where documents will be added (branch docs)
 * is this step: they belong to the request answered here.
 */
export async function answerRequest(db: Db, residentId: string, caseId: string, input: unknown, now = new Date()): Promise<DataResult<object, 'not_open'>> {
  const open = await openRequestFor(db, residentId, caseId);
  if (!open) return refused('not_open');
  const parsed = infoAnswerSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  await db.$transaction(async (tx) => {
    await transition(tx, emergencySupportKind, caseId, { to: 'IN_REVIEW', event: 'info_received', actor: { type: 'resident' }, data: { requestId: open.id }, at: now });
    await resumeClock(tx, caseId, { sealed: seal(parsed.data.answer) }, now);
  });
  await recordAudit({ actor: { type: 'resident', id: residentId }, action: 'change', entity: 'SupportInfoRequest', entityId: open.id, residentId, detail: { answered: true } });
  return { ok: true };
}
