import { describe, expect, it } from 'vitest';
import { emailField, oneTimeCode, phoneField } from '@/lib/forms/fields';

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
});
