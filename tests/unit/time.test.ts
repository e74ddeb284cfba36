import { describe, expect, it } from 'vitest';
import { cityDayKey, cityZoneName, formatCityDate, formatCityTime, formatClock, weekdayName } from '@/lib/time/seoul';
import { describeHours } from '@/lib/centers/hours';

describe('times in the city’s zone', () => {
  // 00:30 on 7 December in Seoul is still 6 December in UTC.
  const halfPastMidnight = new Date('2026-12-06T15:30:00Z');

  it('puts a booking at 00:30 Asia/Seoul on the Seoul day, not the UTC day', () => {
    expect(cityDayKey(halfPastMidnight)).toBe('2026-12-07');
    expect(formatCityDate(halfPastMidnight, 'en')).toBe('Monday, December 7, 2026');
    expect(formatCityTime(halfPastMidnight, 'en')).toBe('12:30 AM');
    expect(formatCityTime(halfPastMidnight, 'ko')).toContain('12:30');
  });

  it('names the zone in the reader’s language', () => {
    expect(cityZoneName('en')).toBe('Korean Standard Time');
    expect(cityZoneName('ko')).toMatch(/표준시$/);
  });

  it('localises weekdays and clock times', () => {
    expect(weekdayName(0, 'vi')).toBe('Chủ Nhật');
    expect(weekdayName(0, 'ru')).toBe('воскресенье');
    expect(formatClock('18:00', 'en')).toBe('6:00 PM');
    expect(formatClock('18:00', 'ru')).toBe('18:00');
  });
});

describe('opening hours', () => {
  it('collapses consecutive days into a range, Monday first, and lists Sunday', () => {
    const lines = describeHours(
      [
        { days: [1, 2, 3, 4, 5], opens: '09:00', closes: '18:00' },
        { days: [0], opens: '10:00', closes: '16:00' },
      ],
      'en',
    );
    expect(lines).toEqual([
      { days: 'Monday – Friday', opens: '9:00 AM', closes: '6:00 PM', open: '09:00', close: '18:00' },
      { days: 'Sunday', opens: '10:00 AM', closes: '4:00 PM', open: '10:00', close: '16:00' },
    ]);
  });

  it('keeps Sunday to Friday together across the week’s end', () => {
    expect(describeHours([{ days: [0, 1, 2, 3, 4, 5], opens: '09:00', closes: '18:00' }], 'en')[0]!.days).toBe('Monday – Friday, Sunday');
  });
});
