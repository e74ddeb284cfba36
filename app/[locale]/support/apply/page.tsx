import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { db } from '@/lib/db';
import { programmeCodes, isProgrammeCode } from '@/lib/support/programmes';
import { openDrafts } from '@/lib/support/application/store';
import { residentOrSignIn } from '@/lib/support/application/resident';
import { startApplicationAction } from '@/lib/support/application/actions';
import { formatCityDate } from '@/lib/time/seoul';
import { Choices } from '@/components/ui/Choices';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { Button } from '@/components/ui/Button';
import { Link } from '@/lib/i18n/navigation';
import { PostForm } from '@/components/forms/PostForm';
import { formPermalink } from '@/lib/forms/permalink';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Support.apply' });
  return { title: t('title'), robots: { index: false } };
}

/** Signed in: the applications already started, and a new one for the chosen programme. */
export default async function ApplyPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const suggested = typeof query.programme === 'string' && isProgrammeCode(query.programme) ? query.programme : undefined;
  const resident = await residentOrSignIn(locale, `/support/apply${suggested ? `?programme=${suggested}` : ''}`);
  const [t, tf, drafts] = await Promise.all([getTranslations('Support'), getTranslations('Forms'), openDrafts(db, resident.id)]);
  const error = query.error === 'choose' ? tf('errors.choose') : undefined;
  return (
    <div className="max-w-2xl">
      <h1 className="mb-4 text-3xl font-bold">{t('apply.title')}</h1>
      {drafts.length > 0 ? (
        <section aria-labelledby="in-progress" className="mb-8">
          <h2 id="in-progress" className="mb-2 text-2xl font-bold">
            {t('apply.inProgress')}
          </h2>
          <ul className="space-y-3">
            {drafts.map((draft) => (
              <li key={draft.id} className="border-s-4 border-brand bg-wash p-3">
                <Link href={`/support/apply/${draft.id}`} className="font-semibold">
                  {t('apply.continue', { programme: t(`programmes.${draft.programme}.name`) })}
                </Link>
                <p className="text-sm">{t('apply.savedOn', { date: formatCityDate(draft.updatedAt, locale), until: formatCityDate(draft.expiresAt, locale) })}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2 className="mb-2 text-2xl font-bold">{t('apply.before')}</h2>
      <ul className="mb-6 list-disc space-y-1 ps-6">
        <li>{t('apply.before1')}</li>
        <li>{t('apply.before2')}</li>
        <li>{t('apply.before3')}</li>
      </ul>
      <PostForm action={startApplicationAction} permalink={formPermalink(`/${locale}/support/apply`)} noValidate>
        <ErrorSummary title={tf('errorSummaryTitle')} errors={{ programme: error }} />
        <input type="hidden" name="locale" value={locale} />
        <Choices
          type="radio"
          name="programme"
          legend={<span className="text-xl">{t('apply.startLegend')}</span>}
          error={error}
          selected={suggested}
          choices={programmeCodes.map((code) => ({ value: code, label: <span className="font-semibold">{t(`programmes.${code}.name`)}</span>, hint: t(`programmes.${code}.summary`) }))}
        />
        <Button>{t('apply.startButton')}</Button>
      </PostForm>
    </div>
  );
}
