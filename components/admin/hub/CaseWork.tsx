import { getTranslations } from 'next-intl/server';
import { takeCaseAction } from '@/lib/hub/actions/case-work';
import { Button } from '@/components/ui/Button';
import { NoticeBanner } from '@/components/ui/NoticeBanner';
import { NoteForm } from './NoteForm';

const notices = ['taken', 'notTaken', 'noted', 'sent'] as const;
type Notice = (typeof notices)[number];
const isNotice = (value: unknown): value is Notice => typeof value === 'string' && (notices as readonly string[]).includes(value);

/** What a case-page action did, after its redirect (`hub=…`); only known keys are shown. */
export async function HubNotice({ value }: { value: unknown }) {
  if (!isNotice(value)) return null;
  const t = await getTranslations('CaseHub.done');
  return <NoticeBanner tone={value === 'notTaken' ? 'urgent' : 'success'} title={t(value)} />;
}

/** Take the case from the pool, and internal notes, for those who may. */
export async function CaseWork({ caseId, mayTake, mayWork }: { caseId: string; mayTake: boolean; mayWork: boolean }) {
  if (!mayTake && !mayWork) return null;
  const t = await getTranslations('CaseHub.work');
  return (
    <section aria-labelledby="work-heading" className="mb-8">
      <h2 id="work-heading" className="mb-3 text-2xl font-bold">
        {t('heading')}
      </h2>
      {mayTake ? (
        <form action={takeCaseAction} className="mb-4">
          <input type="hidden" name="caseId" value={caseId} />
          <Button>{t('take')}</Button>
        </form>
      ) : null}
      {mayWork ? <NoteForm caseId={caseId} /> : null}
    </section>
  );
}
