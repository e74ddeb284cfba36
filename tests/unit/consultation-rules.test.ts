import { describe, expect, it } from 'vitest';
import { bookableDays, changeProblem, defaultRules, lastChangeDay, slotProblem } from '@/lib/consultations/rules';
import { detailFields, detailsSchema, detailsSchemaFor } from '@/lib/consultations/schema';
import { MANAGE_LINK_DAYS_AFTER, manageLinkExpired, manageToken, readManageToken } from '@/lib/consultations/tokens';
import { activeKey } from '@/lib/consultations/booking';
import { cityWallTime } from '@/lib/time/seoul';
import { flatten, readMessages } from '../support/messages';

// Tuesday 1 December 2026, 10:00 in Seoul.
const now = new Date('2026-12-01T01:00:00Z');
const at = (day: string, hhmm = '10:00') => cityWallTime(day, hhmm);

describe('when a consultation may be booked', () => {
  it('counts notice and horizon in city days, both ends inclusive', () => {
    expect(bookableDays(defaultRules, now)).toEqual({ first: '2026-12-02', last: '2026-12-29' });
    // 23:30 in Seoul is already the next UTC day's 14:30: the city day decides.
    expect(bookableDays(defaultRules, at('2026-12-01', '23:30'))).toEqual({ first: '2026-12-02', last: '2026-12-29' });
  });

  it('refuses today with a day’s notice (too_soon) and allows tomorrow, even tomorrow at 09:00 from late tonight', () => {
    expect(slotProblem(defaultRules, at('2026-12-01', '15:00'), now)).toBe('too_soon');
    expect(slotProblem(defaultRules, at('2026-12-02', '09:00'), now)).toBeNull();
    expect(slotProblem(defaultRules, at('2026-12-02', '09:00'), at('2026-12-01', '23:30'))).toBeNull();
    expect(slotProblem({ ...defaultRules, minNoticeDays: 2 }, at('2026-12-02', '15:00'), now)).toBe('too_soon');
  });

  it('allows day 28 and refuses day 29 (too_late)', () => {
    expect(slotProblem(defaultRules, at('2026-12-29', '17:00'), now)).toBeNull();
    expect(slotProblem(defaultRules, at('2026-12-30', '09:00'), now)).toBe('too_late');
  });

  it('refuses a time that has passed, even with no notice required', () => {
    const sameDay = { ...defaultRules, minNoticeDays: 0 };
    expect(slotProblem(sameDay, at('2026-12-01', '09:00'), now)).toBe('too_soon');
    expect(slotProblem(sameDay, now, now)).toBe('too_soon');
    expect(slotProblem(sameDay, at('2026-11-30', '15:00'), now)).toBe('too_soon');
    expect(slotProblem(sameDay, at('2026-12-01', '10:30'), now)).toBeNull();
  });
});

describe('when a booking may be changed online', () => {
  const booking = { status: 'BOOKED', startsAt: at('2026-12-10', '00:30'), reschedules: 0 };

  it('allows changes until the end of the day before, in Seoul', () => {
    expect(lastChangeDay(defaultRules, booking.startsAt)).toBe('2026-12-09');
    expect(changeProblem(defaultRules, booking, at('2026-12-09', '23:59'), 'reschedule')).toBeNull();
    expect(changeProblem(defaultRules, booking, at('2026-12-09', '23:59'), 'cancel')).toBeNull();
    expect(changeProblem(defaultRules, booking, at('2026-12-10', '00:00'), 'reschedule')).toBe('deadline_passed');
    expect(changeProblem(defaultRules, booking, at('2026-12-10', '00:00'), 'cancel')).toBe('deadline_passed');
  });

  it('allows two reschedules, then refuses (reschedule_limit) but still allows cancelling', () => {
    expect(changeProblem(defaultRules, { ...booking, reschedules: 1 }, now, 'reschedule')).toBeNull();
    expect(changeProblem(defaultRules, { ...booking, reschedules: 2 }, now, 'reschedule')).toBe('reschedule_limit');
    expect(changeProblem(defaultRules, { ...booking, reschedules: 2 }, now, 'cancel')).toBeNull();
  });

  it('allows nothing on a booking that is no longer active', () => {
    expect(changeProblem(defaultRules, { ...booking, status: 'CANCELLED' }, now, 'cancel')).toBe('not_active');
  });
});

describe('the one-active-booking key', () => {
  it('is the same for an email however its case was typed, and per topic', () => {
    expect(activeKey('t1', 'Hoa@Example.vn')).toBe(activeKey('t1', 'hoa@example.vn'));
    expect(activeKey('t1', 'hoa@example.vn')).not.toBe(activeKey('t2', 'hoa@example.vn'));
    expect(activeKey('t1', null)).toBeNull();
  });
});

describe('the "your details" step', () => {
  const errorKeys = new Set(
    Object.keys(flatten(readMessages('en')))
      .filter((k) => k.startsWith('Forms.errors.'))
      .map((k) => k.slice('Forms.errors.'.length)),
  );
  const valid = { name: 'Trần Thị Hoa', email: 'hoa@example.vn', phone: '', problem: 'Unpaid wages', interpreter: 'no', consent: 'yes' };
  const errors = (values: Record<string, unknown>, schema = detailsSchema) => {
    const result = schema.safeParse(values);
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((issue) => [String(issue.path[0]), issue.message]));
    // Every message is a key the form can translate.
    for (const message of Object.values(byField)) expect(errorKeys).toContain(message);
    return byField;
  };

  it('accepts valid details and normalises the contact', () => {
    expect(detailsSchema.parse({ ...valid, email: ' Hoa@Example.VN ', phone: '010-1234-5678' })).toMatchObject({ email: 'hoa@example.vn', phone: '+821012345678' });
    expect(detailsSchema.parse({ ...valid, email: '', phone: '+82 10 1234 5678' })).toMatchObject({ email: undefined, phone: '+821012345678' });
  });

  it('names each problem with a key of Forms.errors', () => {
    expect(errors({ ...valid, name: '  ' })).toEqual({ name: 'required' });
    expect(errors({ ...valid, email: 'hoa@' })).toEqual({ email: 'email' });
    expect(errors({ ...valid, phone: '12345' })).toEqual({ phone: 'phone' });
    expect(errors({ ...valid, email: '', phone: '' })).toEqual({ email: 'contactRequired' });
    expect(errors({ ...valid, consent: '' })).toEqual({ consent: 'consentRequired' });
    expect(errors({ ...valid, problem: 'x'.repeat(2001) })).toEqual({ problem: 'tooLong' });
    expect(errors({ ...valid, interpreter: 'maybe' })).toEqual({ interpreter: 'choose' });
  });

  it('asks a phone consultation for the phone itself, at the phone field; an email alone is not enough', () => {
    const call = detailsSchemaFor('PHONE');
    expect(errors({ ...valid, phone: '' }, call)).toEqual({ phone: 'phoneRequiredForCall' });
    expect(errors({ ...valid, email: '', phone: '' }, call)).toEqual({ phone: 'phoneRequiredForCall' });
    expect(errors({ ...valid, phone: '12345' }, call)).toEqual({ phone: 'phone' });
    expect(call.parse({ ...valid, email: '', phone: '010-1234-5678' })).toMatchObject({ phone: '+821012345678' });
    // A visit or a video call needs one contact, either one: the confirmation and the reminder go there.
    for (const channel of ['VISIT', 'VIDEO'] as const) {
      expect(detailsSchemaFor(channel).parse(valid)).toMatchObject({ email: 'hoa@example.vn' });
      expect(errors({ ...valid, email: '', phone: '' }, detailsSchemaFor(channel))).toEqual({ email: 'contactRequired' });
    }
  });

  it('treats a field missing from the request like an empty one', () => {
    const missing = Object.fromEntries(detailFields.map((name) => [name, undefined]));
    expect(errors(missing)).toMatchObject({ name: 'required', problem: 'required', interpreter: 'choose', consent: 'consentRequired' });
  });
});

describe('the private manage link', () => {
  const booking = { id: 'cmbooking0000000000000001', linkVersion: 1 };

  it('reads back the booking and version it was made for', () => {
    expect(readManageToken(manageToken(booking))).toEqual({ bookingId: booking.id, linkVersion: 1 });
    expect(manageToken(booking)).toBe(manageToken({ ...booking }));
    expect(manageToken({ ...booking, linkVersion: 2 })).not.toBe(manageToken(booking));
  });

  it('rejects a changed character, another booking’s id, another version and rubbish', () => {
    const token = manageToken(booking);
    const [, , mac] = token.split('.');
    for (let i = 0; i < token.length; i++) {
      if (token[i] === '.') continue;
      const changed = `${token.slice(0, i)}${token[i] === '0' ? '1' : '0'}${token.slice(i + 1)}`;
      expect(readManageToken(changed)).toBeNull();
    }
    expect(readManageToken(`cmbooking0000000000000002.1.${mac}`)).toBeNull();
    expect(readManageToken(`${booking.id}.2.${mac}`)).toBeNull();
    expect(readManageToken('')).toBeNull();
    expect(readManageToken(`${token}x`)).toBeNull();
  });

  it('expires 30 days after the appointment ends', () => {
    const endsAt = new Date('2026-12-08T07:00:00Z');
    expect(MANAGE_LINK_DAYS_AFTER).toBe(30);
    expect(manageLinkExpired(endsAt, new Date(endsAt.getTime() + 30 * 86_400_000))).toBe(false);
    expect(manageLinkExpired(endsAt, new Date(endsAt.getTime() + 30 * 86_400_000 + 1))).toBe(true);
  });
});
