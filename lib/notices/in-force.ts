/** In force at `now`: started, and not yet at its end (a notice leaves exactly on its end time). */
export const inForce = (notice: { startsAt: Date; endsAt: Date | null }, now: Date) => notice.startsAt <= now && (notice.endsAt === null || notice.endsAt > now);
