import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import { foldByOctets } from '@/lib/calendar/fold';
import { calendarFile } from '@/lib/calendar/ics';
import { renderTemplate } from '@/lib/notifications/templates';
import { channels } from '@/lib/consultations/schema';

const octets = (line: string) => Buffer.byteLength(line, 'utf8');
const lines = (ics: string) => ics.split('\r\n').filter((line, index, all) => line !== '' || index < all.length - 1);

/** Every line at most 75 octets, no CR or LF alone, and a calendar parser reads the file. */
function expectValidCalendar(ics: string, label: string) {
  expect(ics.replace(/\r\n/g, ''), `${label}: a bare CR or LF`).not.toMatch(/[\r\n]/);
  for (const line of lines(ics)) expect(octets(line), `${label}: ${line}`).toBeLessThanOrEqual(75);
  // A fold never splits a character: no line starts or ends with a broken UTF-8 sequence.
  for (const line of lines(ics)) expect(Buffer.from(line, 'utf8').toString('utf8'), label).toBe(line);
  const component = new ICAL.Component(ICAL.parse(ics));
  const event = component.getFirstSubcomponent('vevent');
  expect(event, `${label}: no VEVENT`).not.toBeNull();
  return event!;
}

// 00:30 on Tuesday 8 December in Seoul.
const startsAt = new Date('2026-12-07T15:30:00Z');
const appointment = {
  bookingId: 'cmbooking000000001',
  reference: 'CO-7KQ3-XP9M',
  startsAt,
  endsAt: new Date(startsAt.getTime() + 3600_000),
  centreName: 'Foreign Residents Consultation Center',
  centreAddress: 'Foreign Resident Administration Town, Wongok-dong, Danwon-gu, Ansan-si, Gyeonggi-do',
  centreAddressKo: '경기도 안산시 단원구 원곡동, 외국인주민지원본부 행정타운',
  centrePhone: '+82-31-481-3745',
  manageUrl: 'https://portal.example/my/consultations/manage/cmbooking000000001.1.0123456789abcdefghijklmnopqrstuvwxyzABCDEF',
  sequence: 2,
};
// A long topic in a script of three octets a character, as a Burmese resident would see it.
const topics = { my: 'လုပ်ခလစာ မပေးခြင်း၊ အလုပ်ခွင် မတော်တဆမှုနှင့် အလုပ်ရှင် ပြောင်းလဲခြင်းဆိုင်ရာ တိုင်ပင်ဆွေးနွေးမှု', km: 'ប្រាក់ឈ្នួលមិនបានបើក និងគ្រោះថ្នាក់ការងារ' } as Record<string, string>;

describe('calendar files: folded at 75 octets, readable by a calendar parser', () => {
  describe.each(locales)('in %s', (locale) => {
    it.each(channels)('every consultation message’s .ics for a %s booking', (channel) => {
      const topic = topics[locale] ?? 'Wages and labour, industrial accidents and changing the workplace';
      const base = { ...appointment, topic, channel };
      const files = [
        renderTemplate('consultationBooked', locale, { ...base, lastChangeDay: startsAt }),
        renderTemplate('consultationRescheduled', locale, { ...base, lastChangeDay: startsAt }),
        renderTemplate('consultationCancelled', locale, { ...base, bookAgainUrl: 'https://portal.example/my/consultations/book', byStaff: true }),
      ].flatMap((mail) => mail.attachments.filter((file) => file.filename.endsWith('.ics')));
      expect(files).toHaveLength(3);
      for (const file of files) {
        const event = expectValidCalendar(file.content, `${locale} ${channel}`);
        // What the parser reads back is what was written: nothing lost or garbled at a fold.
        expect(event.getFirstPropertyValue('uid')).toBe('cmbooking000000001@consultations');
        expect(String(event.getFirstPropertyValue('summary'))).toContain(topic);
        expect(String(event.getFirstPropertyValue('description'))).toContain(appointment.reference);
        expect(String(event.getFirstPropertyValue('description'))).toContain(appointment.manageUrl);
        if (channel === 'VISIT') expect(String(event.getFirstPropertyValue('location'))).toContain(locale === 'ko' ? appointment.centreAddressKo : appointment.centreAddress);
        if (channel === 'VISIT' && locale !== 'ko') expect(String(event.getFirstPropertyValue('location'))).toContain(appointment.centreAddressKo);
      }
    });
  });

  it('folds a line of three-octet characters into lines of at most 75 octets, between characters', () => {
    const burmese = 'မြန်မာ'.repeat(40);
    const ics = calendarFile({ uid: 'u@x', sequence: 0, method: 'PUBLISH', startsAt, endsAt: appointment.endsAt, title: burmese, description: burmese });
    const event = expectValidCalendar(ics, 'burmese');
    expect(event.getFirstPropertyValue('summary')).toBe(burmese);
    expect(event.getFirstPropertyValue('description')).toBe(burmese);
  });

  it('leaves short lines alone and refolds the package’s character folds by octets', () => {
    expect(foldByOctets('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    const folded = foldByOctets(`SUMMARY:${'가'.repeat(30)}\r\n\t${'가'.repeat(10)}\r\n`);
    const [first, second, third] = folded.split('\r\n');
    expect(octets(first!)).toBe(8 + 22 * 3); // "SUMMARY:" and as many 3-octet characters as fit in 75
    expect(second!.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'가'.repeat(40)}\r\n`);
    expect(third).toBe('');
  });

  it('counts emoji and other four-octet characters whole', () => {
    const line = `DESCRIPTION:${'😀'.repeat(30)}`;
    const parts = foldByOctets(line).split('\r\n');
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(parts.map((part, index) => (index ? part.slice(1) : part)).join('')).toBe(line);
  });
});
