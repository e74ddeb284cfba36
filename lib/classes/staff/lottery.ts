import 'server-only';
import { db } from '@/lib/db';
import { assertCan, type StaffContext } from '@/lib/auth/guards';
import { recordAudit } from '@/lib/audit/record';
import { refused, type DataResult } from '@/lib/forms/result';
import { setUpLottery } from '../lottery/setup';

/**
 * Staff make a section's places drawn by lottery, with their own seed or a generated one
 * (docs/decisions/024). The seed is not shown back: until the draw only its hash is public.
 */
export async function setUpSectionLottery(
  actor: StaffContext,
  input: { sectionId: string; seed: string },
  now = new Date(),
): Promise<DataResult<{ sectionId: string }, 'notFound' | 'windowOpen' | 'alreadySet' | 'seed'>> {
  assertCan(actor, 'classes:manage');
  const result = await setUpLottery(db, { sectionId: input.sectionId.slice(0, 64), seed: input.seed, now });
  if (!result.ok) return refused(result.refused);
  await recordAudit({ actor: { type: 'staff', id: actor.id }, action: 'change', entity: 'ClassSection', entityId: input.sectionId, detail: { fields: ['lottery'] } });
  return { ok: true, sectionId: input.sectionId };
}
