import { describe, expect, it } from 'vitest';
import { makeCaseReference, normalizeCaseReference } from '@/lib/cases/reference';

describe('case references', () => {
  it('carry the service prefix and avoid letters that are confused when read aloud', () => {
    const refs = Array.from({ length: 500 }, () => makeCaseReference('CONSULTATION'));
    for (const ref of refs) expect(ref).toMatch(/^CO-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(new Set(refs).size).toBe(refs.length);
  });

  it('accept what people type: lower case, spaces, O for zero, I or L for one', () => {
    expect(normalizeCaseReference('co 7kq3 xp9m')).toBe('CO-7KQ3-XP9M');
    expect(normalizeCaseReference('CO-7KQO-XPIM')).toBe('CO-7KQ0-XP1M');
    expect(normalizeCaseReference('nl-0000-1111')).toBe('NL-0000-1111');
  });
});
