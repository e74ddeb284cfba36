import 'server-only';
import { db } from '@/lib/db';
import { assertCan, type StaffContext } from '@/lib/auth/guards';
import { auditStaff } from './audit';
import { capacitySchema } from './schema';
import { invalid, refused, type StaffResult } from './result';

/** A database CHECK (booked <= capacity) refused the change: a booking came in between. */
const isSeatCheck = (error: unknown) => /ConsultationSlot_seats_check|CHECK constraint failed|check constraint/i.test(String((error as Error)?.message ?? ''));

/**
 * Changes the seats of one time (a colleague joins, a room is smaller). Never below the seats
 * already booked: the update is conditional on that, and the database's CHECK constraint backs
 * it up if a booking lands at the same moment.
 */
export async function setSlotCapacity(actor: StaffContext, slotId: string, capacity: number | string): Promise<StaffResult> {
  assertCan(actor, 'consultations:schedule');
  const parsed = capacitySchema.safeParse({ slotId, capacity });
  if (!parsed.success) return invalid(parsed.error);
  let count: number;
  try {
    ({ count } = await db.consultationSlot.updateMany({ where: { id: parsed.data.slotId, booked: { lte: parsed.data.capacity } }, data: { capacity: parsed.data.capacity } }));
  } catch (error) {
    if (!isSeatCheck(error)) throw error;
    count = 0;
  }
  if (count !== 1) {
    const slot = await db.consultationSlot.findUnique({ where: { id: parsed.data.slotId }, select: { booked: true } });
    return slot ? refused('belowBooked', { booked: slot.booked }) : refused('notFound');
  }
  await auditStaff(actor, 'change', 'ConsultationSlot', parsed.data.slotId, { detail: { capacity: parsed.data.capacity } });
  return { ok: true };
}
