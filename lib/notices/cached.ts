import 'server-only';
import { unstable_cache } from 'next/cache';
import type { Locale } from '@/lib/i18n/locales';
import { alertsInForce } from './alerts';
import { urgentNoticesNotEnded } from './queries';
import { currentTime } from '@/lib/time/clock';

/** The cache tag of everything that shows notices; publishing, editing or ending one expires it. */
export const NOTICES_TAG = 'notices';

/** A minute at most, also on instances that did not take the change (docs/decisions/025). */
export const NOTICES_REVALIDATE_SECONDS = 60;

// One database read a minute for every page and locale (and for the dynamic pages' every request).
// The cache stores JSON, so the dates travel as strings.
const cachedUrgent = unstable_cache(
  async () => (await urgentNoticesNotEnded(currentTime())).map((n) => ({ ...n, startsAt: n.startsAt.toISOString(), endsAt: n.endsAt?.toISOString() ?? null })),
  ['urgent-notices'],
  { tags: [NOTICES_TAG], revalidate: NOTICES_REVALIDATE_SECONDS },
);

/** The urgent alerts in force at `now`, in the reader's language or honestly in Korean and English. */
export async function urgentAlerts(locale: Locale, now = currentTime()) {
  const rows = (await cachedUrgent()).map((n) => ({ ...n, startsAt: new Date(n.startsAt), endsAt: n.endsAt ? new Date(n.endsAt) : null }));
  return alertsInForce(rows, locale, now);
}
