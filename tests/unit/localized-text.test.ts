import { describe, expect, it } from 'vitest';
import { resolveText } from '@/lib/i18n/localized-text';
import { directionOf, fallbackChain, locales } from '@/lib/i18n/locales';

describe('staff-written text in several languages', () => {
  it('uses the reader’s language when it exists', () => {
    expect(resolveText({ ko: '상담', en: 'Advice', km: 'ការប្រឹក្សា' }, 'km')).toEqual({ text: 'ការប្រឹក្សា', locale: 'km', isFallback: false });
  });

  it('falls back to English, then Korean, and says so', () => {
    expect(resolveText({ ko: '상담', en: 'Advice' }, 'my')).toEqual({ text: 'Advice', locale: 'en', isFallback: true });
    expect(resolveText({ ko: '상담' }, 'my')).toEqual({ text: '상담', locale: 'ko', isFallback: true });
  });

  it('treats blank translations as missing and survives malformed data', () => {
    expect(resolveText({ vi: '  ', en: 'Advice' }, 'vi')).toMatchObject({ text: 'Advice', isFallback: true });
    expect(resolveText(null, 'vi')).toEqual({ text: '', locale: 'vi', isFallback: false });
    expect(resolveText({ xx: 'unknown locale' }, 'vi').text).toBe('');
  });

  it('tries each language once', () => {
    expect(fallbackChain('en')).toEqual(['en', 'ko']);
    expect(fallbackChain('ur')).toEqual(['ur', 'en', 'ko']);
  });
});

describe('locales', () => {
  it('are the 17 of the brief, with Urdu alone right-to-left', () => {
    expect(locales).toHaveLength(17);
    expect(locales.filter((l) => directionOf(l) === 'rtl')).toEqual(['ur']);
  });
});
