import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { ownApplicationOr404 } from '@/lib/support/application/resident';
import { isSection } from '@/lib/support/application/types';
import { residentScreen } from '@/lib/support/application/screen';
import { ownErrors } from '@/lib/support/application/sections';
import { saveSectionAction } from '@/lib/support/application/actions';
import { formErrorKey } from '@/lib/forms/issue-keys';
import { SectionFields } from '@/components/support/apply/SectionFields';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { Button } from '@/components/ui/Button';
import { Link } from '@/lib/i18n/navigation';
import { PostForm } from '@/components/forms/PostForm';
import { formPermalink } from '@/lib/forms/permalink';

type Props = { params: Promise<{ locale: Locale; id: string; section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, section } = await params;
  const t = await getTranslations({ locale, namespace: 'Support.apply' });
  return { title: isSection(section) ? t(`sections.${section}`) : t('title'), robots: { index: false } };
}

/** One section of the application, posted to the server and saved in the draft. */
export default async function SectionPage({ params }: Props) {
  const { locale, id, section } = await params;
  setRequestLocale(locale);
  if (!isSection(section)) notFound();
  const { app } = await ownApplicationOr404(locale, id, `/${section}`);
  if (app.caseId) redirect(`/${locale}/support/apply/${app.id}/done`);
  if (!app.values) redirect(`/${locale}/support/apply/${app.id}`);
  const [t, tf] = await Promise.all([getTranslations('Support'), getTranslations('Forms')]);
  const screen = residentScreen(app.values, { section, withHealth: section === 'crisis' });
  const errors = Object.fromEntries(
    Object.entries(screen.pending?.errors ?? {}).map(([field, coded]) => {
      const [key = 'invalid', max = '0'] = coded.split(':');
      return [field, ownErrors.has(key) ? t(`apply.errors.${key as 'arn'}`) : tf(`errors.${formErrorKey(key)}`, { max: Number(max), min: 1 })];
    }),
  );
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href={`/support/apply/${app.id}`}>{t('apply.backToList')}</Link>
      </p>
      <h1 className="mb-4 text-3xl font-bold">{t(`apply.sections.${section}`)}</h1>
      <PostForm action={saveSectionAction} permalink={formPermalink(`/${locale}/support/apply/${id}/${section}`)} noValidate>
        <ErrorSummary title={tf('errorSummaryTitle')} errors={errors} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="application" value={app.id} />
        <input type="hidden" name="section" value={section} />
        <SectionFields section={section} screen={screen} programme={app.programme} errors={errors} requiredMark={tf('required')} optionalMark={tf('optional')} />
        <Button>{t('apply.save')}</Button>
      </PostForm>
    </div>
  );
}
