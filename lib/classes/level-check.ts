import type { ClassLevel } from '@/lib/db/generated/sqlite/enums';

/**
 * The short level self-check (three GET questions): a suggestion and the reasons for it, never
 * a placement. KIIP places people by its own test; teachers check in the first lesson.
 */
export const answers = {
  hangul: ['none', 'some', 'fluent'],
  speak: ['none', 'basic', 'work'],
  goal: ['everyday', 'kiip', 'topik'],
} as const;

export type Answers = { [Q in keyof typeof answers]: (typeof answers)[Q][number] };
export type Reason = 'start' | 'basic' | 'work' | 'kiip' | 'topik' | 'everyday';

export function parseAnswers(query: Record<string, string | string[] | undefined>): Partial<Answers> {
  const pick = <Q extends keyof typeof answers>(q: Q) => (answers[q] as readonly string[]).find((a) => a === query[q]) as Answers[Q] | undefined;
  return { hangul: pick('hangul'), speak: pick('speak'), goal: pick('goal') };
}

export function suggestLevel(a: Answers): { level: ClassLevel; reasons: Reason[] } {
  const stage: Reason = a.hangul === 'none' ? 'start' : a.speak === 'work' && a.hangul === 'fluent' ? 'work' : 'basic';
  const table: Record<Answers['goal'], Record<'start' | 'basic' | 'work', ClassLevel>> = {
    everyday: { start: 'BASIC', basic: 'KIIP_1', work: 'KIIP_3' },
    kiip: { start: 'KIIP_0', basic: a.speak === 'basic' ? 'KIIP_2' : 'KIIP_1', work: 'KIIP_3' },
    topik: { start: 'BASIC', basic: 'TOPIK_1', work: 'TOPIK_2' },
  };
  const level = table[a.goal][stage as 'start' | 'basic' | 'work'];
  return { level, reasons: [stage, a.goal === 'everyday' ? 'everyday' : a.goal] };
}
