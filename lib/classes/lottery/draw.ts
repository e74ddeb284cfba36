import type { Db } from '@/lib/db/client';
import { transition } from '@/lib/cases/write';
import { koreanClassKind } from '@/lib/cases/kinds/korean-class';
import { withRetries } from '@/lib/db/retry';
import { enrolmentForMessageInclude, queueEnrolmentMessage } from '../messages';
import { canonicalList, drawOrder, listHashOf } from './algorithm';

// One draw places every applicant of a section in one transaction: allow it the time.
const DRAW_TX = { maxWait: 30_000, timeout: 120_000 } as const;

/**
 * The lottery job (docs/decisions/024), idempotent per section: each step is claimed by a
 * conditional update on the record, so two runs or two instances do it once.
 * 1. A section whose window has closed has its list frozen: the sorted references of its
 *    applications, and their hash, published on its lottery page.
 * 2. A list frozen by an earlier run is drawn: the seed is revealed and the order recorded, so
 *    the list hash is public before anyone but the staff knows the seed.
 */
export async function runLotteries(db: Db, now: Date) {
  const due = await db.classLottery.findMany({ where: { frozenAt: null, section: { closesAt: { lte: now } } }, select: { sectionId: true } });
  for (const { sectionId } of due) await withRetries(() => freezeList(db, sectionId, now));
  const frozen = await db.classLottery.findMany({ where: { frozenAt: { lt: now }, drawnAt: null }, select: { sectionId: true } });
  let placed = 0;
  for (const { sectionId } of frozen) placed += (await withRetries(() => draw(db, sectionId, now))) ?? 0;
  return { frozen: due.length, drawn: frozen.length, placed };
}

async function freezeList(db: Db, sectionId: string, now: Date) {
  await db.$transaction(async (tx) => {
    const claimed = await tx.classLottery.updateMany({ where: { sectionId, frozenAt: null }, data: { frozenAt: now } });
    if (claimed.count !== 1) return;
    const applications = await tx.classEnrolment.findMany({ where: { sectionId, status: 'APPLIED' }, select: { case: { select: { reference: true } } } });
    const entries = canonicalList(applications.map((a) => a.case.reference))
      .split('\n')
      .filter(Boolean);
    await tx.classLottery.update({ where: { sectionId }, data: { entries, listHash: listHashOf(entries) } });
  }, DRAW_TX);
}

/**
 * Places the applicants in draw order: seats by the same conditional increment as an enrolment,
 * then the waitlist, whose order is the time of joining: the close plus one millisecond per rank
 * (an applicant who withdrew before the draw is skipped). Everyone is told in their language.
 */
async function draw(db: Db, sectionId: string, now: Date) {
  return db.$transaction(async (tx) => {
    const lottery = await tx.classLottery.findUniqueOrThrow({ where: { sectionId }, include: { section: { select: { closesAt: true } } } });
    const order = drawOrder(lottery.seed, (lottery.entries as string[] | null) ?? []);
    const claimed = await tx.classLottery.updateMany({ where: { sectionId, drawnAt: null }, data: { drawnAt: now, drawOrder: order } });
    if (claimed.count !== 1) return 0;
    const applications = await tx.classEnrolment.findMany({ where: { sectionId, status: 'APPLIED' }, include: enrolmentForMessageInclude, orderBy: [{ joinedAt: 'asc' }, { id: 'asc' }] });
    const byReference = new Map(applications.map((a) => [a.case.reference, a]));
    // An application committed at the very instant of the close may have missed the frozen list: it queues after the drawn ones.
    const late = applications.filter((a) => !order.includes(a.case.reference));
    const ranked = [...order.flatMap((reference) => byReference.get(reference) ?? []), ...late];
    let waiting = 0;
    for (const [rank, enrolment] of ranked.entries()) {
      const seat = await tx.classSection.updateMany({ where: { id: sectionId, cancelled: false, taken: { lt: tx.classSection.fields.capacity } }, data: { taken: { increment: 1 } } });
      const status = seat.count === 1 ? 'ENROLLED' : 'WAITING';
      const joinedAt = new Date(lottery.section.closesAt.getTime() + rank);
      await tx.classEnrolment.update({ where: { id: enrolment.id }, data: { status, joinedAt } });
      await transition(tx, koreanClassKind, enrolment.caseId, {
        to: status,
        event: status === 'ENROLLED' ? 'enrolled' : 'waitlisted',
        actor: { type: 'system' },
        data: { drawRank: rank + 1 },
        at: now,
      });
      if (status === 'ENROLLED') await queueEnrolmentMessage(tx, enrolment, { template: 'classEnrolled' });
      else await queueEnrolmentMessage(tx, enrolment, { template: 'classWaitlisted', position: ++waiting });
    }
    return ranked.length;
  }, DRAW_TX);
}
