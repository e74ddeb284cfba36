/**
 * Whether a section takes enrolments at an instant (docs/decisions/016). The window is
 * [opensAt, closesAt): at 09:00:00 sharp it is open, at closesAt it is not.
 */
export type WindowState = 'not_open' | 'open' | 'closed' | 'cancelled';

export type SectionWindow = { opensAt: Date; closesAt: Date; cancelled: boolean };

export function windowState(section: SectionWindow, now: Date): WindowState {
  if (section.cancelled) return 'cancelled';
  if (now < section.opensAt) return 'not_open';
  if (now >= section.closesAt) return 'closed';
  return 'open';
}

/** How long a freed seat is held for the person it is offered to. */
export const OFFER_HOURS = 48;
export const offerExpiry = (now: Date, hours = OFFER_HOURS) => new Date(now.getTime() + hours * 3_600_000);

/** The unique keys that hold one seat per person per section and one active section per level. */
export const activeKeys = (section: { id: string; level: string }, residentId: string) => ({
  activeSectionKey: `${section.id}:${residentId}`,
  activeLevelKey: `${section.level}:${residentId}`,
});

/** An idempotency key from the confirm form: 16 to 64 URL-safe characters. */
export const isRequestKey = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{16,64}$/.test(value);
