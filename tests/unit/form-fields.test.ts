import { describe, expect, it } from 'vitest';
import { emailField, oneTimeCode, phoneField, requiredLine, requiredText } from '@/lib/forms/fields';
import { keptValues } from '@/lib/forms/state';

describe('shared form fields', () => {
  it('store phone numbers in international form, domestic Korean numbers included', () => {
    expect(phoneField.parse('010-1234-5678')).toBe('+821012345678');
    expect(phoneField.parse('+84 90 123 4567')).toBe('+84901234567');
    expect(phoneField.safeParse('12345').error?.issues[0]?.message).toBe('phone');
  });

  it('normalise email addresses and carry message keys, not English', () => {
    expect(emailField.parse('  Hoa.Nguyen@Example.VN ')).toBe('hoa.nguyen@example.vn');
    expect(emailField.safeParse('hoa@').error?.issues[0]?.message).toBe('email');
    expect(emailField.safeParse('').error?.issues[0]?.message).toBe('required');
  });

  it('accept a code typed with spaces or a dash', () => {
    expect(oneTimeCode(6).parse('123 456')).toBe('123456');
    expect(oneTimeCode(6).safeParse('12345').success).toBe(false);
  });

  it('store free text in NFC without control characters, keeping lines, tabs and Urdu direction marks', () => {
    // "ệ" typed as e + two combining marks, a NUL and a bell from a pasted file, Windows line ends.
    expect(requiredText(100).parse('Vi\u0065\u0323\u0302t\u0000 Nam\u0007\r\nline two\tend')).toBe('Việt Nam\nline two\tend');
    expect(requiredText(100).parse('\u200Fمیرا مسئلہ')).toBe('\u200Fمیرا مسئلہ');
    // Only control characters: nothing was typed.
    expect(requiredText(100).safeParse('\u0000\u0001 ').error?.issues[0]?.message).toBe('required');
  });

  it('keep names on one line and without bidirectional overrides that turn text around on a staff screen', () => {
    expect(requiredLine(100).parse('Ali\u202Eexe.txt\u202C')).toBe('Aliexe.txt');
    expect(requiredLine(100).parse('Trần\nThị\u2066 Hoa\u2069')).toBe('Trần Thị Hoa');
    expect(requiredLine(5).safeParse('abcdef').error?.issues[0]?.message).toBe('tooLong');
  });

  it('show at most 5,000 characters of a value again after an error', () => {
    const form = new FormData();
    form.set('name', 'x'.repeat(100_000));
    form.set('problem', 'short');
    expect(keptValues(form, ['name', 'problem', 'missing'])).toEqual({ name: 'x'.repeat(5_000), problem: 'short', missing: '' });
  });
});
