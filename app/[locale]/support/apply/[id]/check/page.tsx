import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { ownApplicationOr404 } from '@/lib/support/application/resident';
import { residentScreen } from '@/lib/support/application/screen';
import { submitApplicationAction } from '@/lib/support/application/actions';
import { AnswersSummary } from '@/components/support/apply/AnswersSummary';
import { NoticeBanner } from '@/components/ui/NoticeBanner';
import { Button } from '@/components/ui/Button';
import { Link } from '@/lib/i18n/navigation';
import { PostForm } from '@/components/forms/PostForm';
import { formPermalink } from '@/lib/forms/permalink';

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Support.apply.check' });
  return { title: t('title'), robots: { index: false } };
}

/** Every answer once more, each with "Change", then the one submit. */
export default async function CheckAnswersPage({ params, searchParams }: Props) {
  const [{ locale, id }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const { app } = await ownApplicationOr404(locale, id, '/check');
  if (app.caseId) redirect(`/${locale}/support/apply/${app.id}/done`);
  if (!app.values) redirect(`/${locale}/support/apply/${app.id}`);
  const t = await getTranslations('Support.apply');
  const screen = residentScreen(app.values, { withHealth: true });
  const ready = Object.values(screen.states).every((s) => s === 'done');
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href={`/support/apply/${app.id}`}>{t('backToList')}</Link>
      </p>
      <h1 className="mb-6 text-3xl font-bold">{t('check.title')}</h1>
      {!ready || query.problem === 'incomplete' ? <NoticeBanner tone="warning" title={t('check.incomplete')} /> : null}
      <AnswersSummary screen={screen} applicationId={app.id} locale={locale} />
      {ready ? (
        <PostForm action={submitApplicationAction} permalink={formPermalink(`/${locale}/support/apply/${id}/check`)}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="application" value={app.id} />
          <p className="mb-4">{t('check.declaration')}</p>
          <Button>{t('check.submit')}</Button>
        </PostForm>
      ) : null}
    </div>
  );
}
