import type { Db } from '@/lib/db/client';
import { transition, type CaseActor } from '@/lib/cases/write';
import { koreanClassKind, type EnrolmentStatus } from '@/lib/cases/kinds/korean-class';
import { withRetries } from '@/lib/db/retry';
import { enrolmentForMessageInclude, queueEnrolmentMessage } from './messages';
import { offerExpiry } from './rules';
import { waitlistOrder } from './waitlist-position';
import { ENROL_TX } from './enrol';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

export type MoveResult = { ok: true; offered: number } | { ok: false; refused: 'notFound' | 'notAllowed' | 'offerExpired' };

/**
 * Offers freed seats to the people waiting, first come first served (docs/decisions/016): for
 * each, the seat is taken by the same conditional increment as an enrolment, and the person's
 * move from WAITING is conditional on that status, so two transactions freeing seats at once
 * offer them to two different people (the loser of a race on one person rolls back and is
 * retried). No offer goes out for a cancelled section or once its term has started.
 */
export async function promoteWaiting(tx: Tx, sectionId: string, now: Date, hours?: number): Promise<number> {
  const section = await tx.classSection.findUnique({ where: { id: sectionId }, select: { cancelled: true, term: { select: { startsOn: true } } } });
  if (!section || section.cancelled || now >= section.term.startsOn) return 0;
  let offered = 0;
  for (;;) {
    const next = await tx.classEnrolment.findFirst({ where: { sectionId, status: 'WAITING' }, orderBy: waitlistOrder, select: { id: true, caseId: true } });
    if (!next) return offered;
    const seat = await tx.classSection.updateMany({ where: { id: sectionId, cancelled: false, taken: { lt: tx.classSection.fields.capacity } }, data: { taken: { increment: 1 } } });
    if (seat.count !== 1) return offered;
    const expiresAt = offerExpiry(now, hours);
    const moved = await tx.classEnrolment.updateMany({ where: { id: next.id, status: 'WAITING' }, data: { status: 'OFFERED', offerExpiresAt: expiresAt } });
    if (moved.count !== 1) throw Object.assign(new Error('waitlist changed meanwhile'), { code: 'P2034' });
    await transition(tx, koreanClassKind, next.caseId, { to: 'OFFERED', event: 'offered', actor: { type: 'system' }, data: { expiresAt: expiresAt.toISOString() }, at: now });
    const enrolment = await tx.classEnrolment.findUniqueOrThrow({ where: { id: next.id }, include: enrolmentForMessageInclude });
    await queueEnrolmentMessage(tx, enrolment, { template: 'classOffered', expiresAt });
    offered++;
  }
}

type Leave = { enrolmentId: string; actor: CaseActor; residentId?: string; now?: Date; note?: string };

const holdsSeat = (status: string) => status === 'ENROLLED' || status === 'OFFERED';

/**
 * A resident leaves (a class or its waitlist) or staff remove them: the place is given up, the
 * active keys are cleared (they may enrol again later) and a freed seat is offered on at once.
 */
export async function leave(db: Db, request: Leave): Promise<MoveResult> {
  const now = request.now ?? new Date();
  return withRetries(() =>
    db.$transaction(async (tx) => {
      const enrolment = await tx.classEnrolment.findUnique({ where: { id: request.enrolmentId }, select: { id: true, caseId: true, status: true, sectionId: true, residentId: true } });
      if (!enrolment || (request.residentId && enrolment.residentId !== request.residentId)) return { ok: false, refused: 'notFound' } as const;
      const from = enrolment.status as EnrolmentStatus;
      if (!['APPLIED', 'WAITING', 'OFFERED', 'ENROLLED'].includes(from)) return { ok: false, refused: 'notAllowed' } as const;
      const to = request.actor.type === 'resident' && from === 'OFFERED' ? 'DECLINED' : 'WITHDRAWN';
      const event = request.actor.type === 'staff' ? 'removed' : from === 'WAITING' ? 'left_waitlist' : from === 'APPLIED' ? 'withdrawn' : from === 'OFFERED' ? 'declined' : 'withdrawn';
      await close(tx, enrolment, from, to);
      await transition(tx, koreanClassKind, enrolment.caseId, { to, event, actor: request.actor, note: request.note ?? null, at: now });
      const offered = holdsSeat(from) ? await freeSeat(tx, enrolment.sectionId, now) : 0;
      return { ok: true, offered } as const;
    }, ENROL_TX),
  );
}

/** The resident takes the seat held for them, before the offer expires. */
export async function acceptOffer(db: Db, request: { enrolmentId: string; residentId: string; now?: Date }): Promise<MoveResult> {
  const now = request.now ?? new Date();
  return withRetries(() =>
    db.$transaction(async (tx) => {
      const enrolment = await tx.classEnrolment.findUnique({ where: { id: request.enrolmentId }, select: { id: true, caseId: true, status: true, residentId: true, offerExpiresAt: true } });
      if (!enrolment || enrolment.residentId !== request.residentId) return { ok: false, refused: 'notFound' } as const;
      if (enrolment.status !== 'OFFERED') return { ok: false, refused: 'notAllowed' } as const;
      if (!enrolment.offerExpiresAt || enrolment.offerExpiresAt <= now) return { ok: false, refused: 'offerExpired' } as const;
      const moved = await tx.classEnrolment.updateMany({ where: { id: enrolment.id, status: 'OFFERED', offerExpiresAt: { gt: now } }, data: { status: 'ENROLLED', offerExpiresAt: null } });
      if (moved.count !== 1) return { ok: false, refused: 'notAllowed' } as const;
      await transition(tx, koreanClassKind, enrolment.caseId, { to: 'ENROLLED', event: 'accepted', actor: { type: 'resident' }, at: now });
      return { ok: true, offered: 0 } as const;
    }, ENROL_TX),
  );
}

/**
 * The job (lib/registry/jobs.ts): every offer past its expiry lapses and passes to the next
 * person. Idempotent per item: each offer is claimed by a conditional update on its status and
 * expiry, so two runs (or two instances) lapse it once and offer its seat once.
 */
export async function expireOffers(db: Db, now = new Date(), hours?: number) {
  const due = await db.classEnrolment.findMany({ where: { status: 'OFFERED', offerExpiresAt: { lte: now } }, select: { id: true }, take: 200 });
  let expired = 0;
  let offered = 0;
  for (const { id } of due) {
    const result = await withRetries(() =>
      db.$transaction(async (tx) => {
        const claimed = await tx.classEnrolment.updateMany({
          where: { id, status: 'OFFERED', offerExpiresAt: { lte: now } },
          data: { status: 'EXPIRED', activeSectionKey: null, activeLevelKey: null },
        });
        if (claimed.count !== 1) return null;
        const enrolment = await tx.classEnrolment.findUniqueOrThrow({ where: { id }, select: { caseId: true, sectionId: true } });
        await transition(tx, koreanClassKind, enrolment.caseId, { to: 'EXPIRED', event: 'offer_expired', actor: { type: 'system' }, at: now });
        return freeSeat(tx, enrolment.sectionId, now, hours);
      }, ENROL_TX),
    );
    if (result !== null) {
      expired++;
      offered += result;
    }
  }
  return { expired, offered };
}

async function close(tx: Tx, enrolment: { id: string }, from: EnrolmentStatus, to: EnrolmentStatus) {
  const moved = await tx.classEnrolment.updateMany({ where: { id: enrolment.id, status: from }, data: { status: to, activeSectionKey: null, activeLevelKey: null, offerExpiresAt: null } });
  if (moved.count !== 1) throw Object.assign(new Error('enrolment changed meanwhile'), { code: 'P2034' });
}

/** Gives a seat back to the section and offers it (and any other free seat) to the next people waiting. */
export async function freeSeat(tx: Tx, sectionId: string, now: Date, hours?: number) {
  await tx.classSection.updateMany({ where: { id: sectionId, taken: { gt: 0 } }, data: { taken: { decrement: 1 } } });
  return promoteWaiting(tx, sectionId, now, hours);
}
