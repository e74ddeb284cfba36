import type { Db } from '@/lib/db/client';

/**
 * What a section's lottery page shows (docs/decisions/024): the commitment always, the list's
 * hash and references once frozen, the seed and the order only once drawn.
 */
export async function lotteryRecord(db: Pick<Db, 'classLottery'>, sectionId: string) {
  const row = await db.classLottery.findUnique({ where: { sectionId } });
  if (!row) return null;
  const drawn = row.drawnAt !== null;
  return {
    seedHash: row.seedHash,
    committedAt: row.committedAt,
    listHash: row.listHash,
    frozenAt: row.frozenAt,
    entries: row.frozenAt ? ((row.entries as string[] | null) ?? []) : null,
    seed: drawn ? row.seed : null,
    drawnAt: row.drawnAt,
    order: drawn ? ((row.drawOrder as string[] | null) ?? []) : null,
  };
}

export type LotteryRecord = NonNullable<Awaited<ReturnType<typeof lotteryRecord>>>;
