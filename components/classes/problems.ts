import { getTranslations } from 'next-intl/server';

export const problems = ['not_open', 'closed', 'cancelled', 'gone', 'already_in_section', 'level_conflict', 'offerExpired', 'notAllowed', 'refused', 'throttled'] as const;
export type Problem = (typeof problems)[number];

/** A refusal named in the URL (post/redirect/get), as a sentence; anything unknown shows nothing. */
export async function problemText(value: string, minutes = 10): Promise<string | null> {
  const problem = problems.find((p) => p === value);
  if (!problem) return null;
  const t = await getTranslations('Classes.problems');
  return problem === 'throttled' ? t('throttled', { minutes }) : t(problem);
}
