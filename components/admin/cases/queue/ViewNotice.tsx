import { getTranslations } from 'next-intl/server';
import { NoticeBanner } from '@/components/ui/NoticeBanner';

const done = ['saved', 'renamed', 'deleted'] as const;
const isDone = (value: unknown): value is (typeof done)[number] => typeof value === 'string' && (done as readonly string[]).includes(value);

/** What the last change to a saved view did (post/redirect/get); only known keys are shown. */
export async function ViewNotice({ params }: { params: Record<string, string | undefined> }) {
  const t = await getTranslations('CaseHub.views');
  if (isDone(params.done)) return <NoticeBanner tone="success" title={t(params.done)} />;
  if (params.problem === 'viewNotFound') return <NoticeBanner tone="urgent" title={t('errors.viewNotFound')} />;
  return null;
}
