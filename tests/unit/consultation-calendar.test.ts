import { describe, expect, it } from 'vitest';
import { calendarFile, type CalendarEvent } from '@/lib/calendar/ics';
import { slotTimes } from '@/lib/consultations/slots';
import { addDays, cityClock, cityDayKey, cityWallTime, formatCityDate, weekdayOf } from '@/lib/time/seoul';

/** One line per property (RFC 5545 folds long lines at 75 octets). */
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, '').replace(/\r\n/g, '\n');
const field = (ics: string, name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(unfold(ics))?.[1];

describe('city wall time', () => {
  it('puts 00:30 on 8 December in Seoul at 15:30 UTC on the 7th', () => {
    const startsAt = cityWallTime('2026-12-08', '00:30');
    expect(startsAt.toISOString()).toBe('2026-12-07T15:30:00.000Z');
    expect(cityDayKey(startsAt)).toBe('2026-12-08');
    expect(cityClock(startsAt)).toBe('00:30');
    expect(formatCityDate(startsAt, 'en')).toBe('Tuesday, December 8, 2026');
  });

  it('turns midnight and the last minute of a day into the right instants', () => {
    expect(cityWallTime('2026-01-01', '00:00').toISOString()).toBe('2025-12-31T15:00:00.000Z');
    expect(cityWallTime('2026-12-31', '23:59').toISOString()).toBe('2026-12-31T14:59:00.000Z');
    expect(cityWallTime('2026-07-15', '09:00', 'Europe/London').toISOString()).toBe('2026-07-15T08:00:00.000Z');
    expect(cityWallTime('2026-01-15', '09:00', 'Europe/London').toISOString()).toBe('2026-01-15T09:00:00.000Z');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-01', 28)).toBe('2026-12-29');
    expect(addDays('2026-12-08', 0)).toBe('2026-12-08');
  });

  it('names the weekday of a city day, 0 = Sunday, whatever the server’s zone', () => {
    expect(weekdayOf('2026-12-06')).toBe(0);
    expect(weekdayOf('2026-12-08')).toBe(2);
    expect(weekdayOf('2026-12-12')).toBe(6);
    // The city day of 00:30 Tuesday in Seoul is a Tuesday, though it is Monday in UTC.
    expect(weekdayOf(cityDayKey(cityWallTime('2026-12-08', '00:30')))).toBe(2);
  });

  it('cuts a weekly block into whole slots, dropping a partial last one', () => {
    expect(slotTimes({ startTime: '10:00', endTime: '12:30', slotMinutes: 60 })).toEqual([
      { starts: '10:00', minutes: 60 },
      { starts: '11:00', minutes: 60 },
    ]);
    expect(slotTimes({ startTime: '09:30', endTime: '10:30', slotMinutes: 30 }).map((t) => t.starts)).toEqual(['09:30', '10:00']);
  });
});

describe('calendar files', () => {
  const event: CalendarEvent = {
    uid: 'cmbooking000000001@consultations',
    sequence: 0,
    method: 'PUBLISH',
    startsAt: cityWallTime('2026-12-08', '00:30'),
    endsAt: cityWallTime('2026-12-08', '01:30'),
    title: 'Consultation: Wages and work',
    description: 'Reference number: CO-7KQ3-XP9M\nHow: In person at the centre',
    location: 'Foreign Residents Consultation Center, 1 Wongok-ro, Danwon-gu, Ansan',
    url: 'https://portal.example/en/consultations/manage/abc.1.def',
  };

  it('writes the appointment in UTC, with its UID and sequence', () => {
    const ics = calendarFile(event);
    expect(field(ics, 'METHOD')).toBe('PUBLISH');
    expect(field(ics, 'UID')).toBe(event.uid);
    expect(field(ics, 'SEQUENCE')).toBe('0');
    expect(field(ics, 'DTSTART')).toBe('20261207T153000Z');
    expect(field(ics, 'DTEND')).toBe('20261207T163000Z');
    expect(field(ics, 'STATUS')).toBe('CONFIRMED');
    expect(field(ics, 'SUMMARY')).toBe('Consultation: Wages and work');
  });

  it('replaces the event on a change (same UID, higher sequence) and removes it on cancel', () => {
    const moved = calendarFile({ ...event, sequence: 1, startsAt: cityWallTime('2026-12-09', '14:00'), endsAt: cityWallTime('2026-12-09', '15:00') });
    expect(field(moved, 'UID')).toBe(event.uid);
    expect(field(moved, 'SEQUENCE')).toBe('1');
    expect(field(moved, 'DTSTART')).toBe('20261209T050000Z');
    const cancelled = calendarFile({ ...event, sequence: 2, method: 'CANCEL' });
    expect(field(cancelled, 'METHOD')).toBe('CANCEL');
    expect(field(cancelled, 'STATUS')).toBe('CANCELLED');
    expect(field(cancelled, 'SEQUENCE')).toBe('2');
  });

  it('keeps non-Latin text intact', () => {
    const ics = calendarFile({ ...event, title: 'Tư vấn: Tiền lương', description: 'مشاورت' });
    expect(unfold(ics)).toContain('SUMMARY:Tư vấn: Tiền lương');
    expect(unfold(ics)).toContain('مشاورت');
  });
});
