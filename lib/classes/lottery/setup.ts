import type { Db } from '@/lib/db/client';
import { commitmentOf, generateSeed } from './algorithm';

export type LotterySetup = { ok: true; seedHash: string } | { ok: false; refused: 'notFound' | 'windowOpen' | 'alreadySet' | 'seed' };

/**
 * Makes a section's places drawn rather than raced (docs/decisions/024). Only before its window
 * opens, so nobody has raced for a seat yet and the commitment (the seed's hash) is public from
 * the first application on. The seed is the staff's (4 to 200 characters) or generated.
 */
export async function setUpLottery(db: Db, input: { sectionId: string; seed?: string; now: Date }): Promise<LotterySetup> {
  const seed = input.seed?.trim() || generateSeed();
  if (seed.length < 4 || seed.length > 200) return { ok: false, refused: 'seed' };
  const section = await db.classSection.findUnique({ where: { id: input.sectionId }, select: { opensAt: true, lottery: { select: { sectionId: true } } } });
  if (!section) return { ok: false, refused: 'notFound' };
  if (section.lottery) return { ok: false, refused: 'alreadySet' };
  if (input.now >= section.opensAt) return { ok: false, refused: 'windowOpen' };
  const seedHash = commitmentOf(seed);
  await db.classLottery.create({ data: { sectionId: input.sectionId, seed, seedHash, committedAt: input.now } });
  return { ok: true, seedHash };
}
