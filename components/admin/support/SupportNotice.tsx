import { getTranslations } from 'next-intl/server';
import { NoticeBanner } from '@/components/ui/NoticeBanner';
import { isKeyOf } from '@/lib/forms/issue-keys';
import en from '@/messages/en.json';

const isDone = isKeyOf(en.AdminSupport.done);

/** What the last support action did, after its redirect (`?support=…`): only known keys are shown. */
export async function SupportNotice({ notice }: { notice: string | string[] | undefined }) {
  if (typeof notice !== 'string' || !isDone(notice)) return null;
  const t = await getTranslations('AdminSupport.done');
  return <NoticeBanner tone="success" title={t(notice)} />;
}
