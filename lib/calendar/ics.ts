import { createEvent, type DateArray } from 'ics';
import { foldByOctets } from './fold';

export type CalendarEvent = {
  /** Stable per booking: a calendar replaces the event on reschedule and removes it on cancel. */
  uid: string;
  /** Grows with every change, so calendars apply the newest version. */
  sequence: number;
  method: 'PUBLISH' | 'CANCEL';
  startsAt: Date;
  endsAt: Date;
  title: string;
  description: string;
  location?: string;
  url?: string;
};

const utcParts = (date: Date): DateArray => [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes()];

/**
 * An iCalendar file (RFC 5545) for an appointment. Times are written in UTC ("…Z"): every
 * calendar app shows them in its own zone, so a resident whose phone is still on their home
 * country's time sees the right moment, and nothing depends on the app knowing Asia/Seoul.
 * Lines are folded at 75 octets (fold.ts).
 */
export function calendarFile(event: CalendarEvent): string {
  const { error, value } = createEvent({
    productId: '-//Foreign Residents Portal//Consultations//EN',
    method: event.method,
    uid: event.uid,
    sequence: event.sequence,
    start: utcParts(event.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utcParts(event.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: event.title,
    description: event.description,
    location: event.location,
    url: event.url,
    status: event.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: 'BUSY',
  });
  if (error || !value) throw error ?? new Error('calendar file could not be made');
  return foldByOctets(value);
}
