import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { can, requirePermission } from '@/lib/auth/guards';
import { isLocale, languageTags, type Locale } from '@/lib/i18n/locales';
import { languageNameIn } from '@/lib/i18n/language-name';
import { isNewsletterLocale } from '@/lib/newsletter/locales';
import { versionForEditing } from '@/lib/newsletter/staff/editing';
import { ArticleBody } from '@/components/newsletter/ArticleBody';
import { renderArticle } from '@/lib/newsletter/markdown';
import { NoticeBanner } from '@/components/ui/NoticeBanner';
import { VersionForm } from '@/components/admin/newsletter/VersionForm';
import { PictureForm } from '@/components/admin/newsletter/PictureForm';
import { parsePicture, renditionPath } from '@/lib/newsletter/pictures/reference';

type Props = { params: Promise<{ id: string; language: string }>; searchParams: Promise<{ saved?: string; picture?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ language }, raw] = await Promise.all([params, getLocale()]);
  const t = await getTranslations('AdminNewsletter.edit');
  return { title: t('title', { language: languageNameIn(language, isLocale(raw) ? raw : 'ko') }) };
}

/** One language's version beside the source, as it will read (sanitised again, like the public page). */
export default async function EditVersionPage({ params, searchParams }: Props) {
  const staff = await requirePermission('newsletter:edit');
  const [{ id, language }, { saved, picture: pictureSaved }, raw, t] = await Promise.all([params, searchParams, getLocale(), getTranslations('AdminNewsletter')]);
  const locale: Locale = isLocale(raw) ? raw : 'ko';
  if (!isNewsletterLocale(language)) notFound();
  const found = await versionForEditing(id.slice(0, 64), language);
  if (!found) notFound();
  const { article, version, source, state } = found;
  const isSource = language === article.sourceLocale;
  const picture = parsePicture(article.image);
  const preview =
    picture?.kind === 'upload'
      ? { src: renditionPath(picture.renditions.at(-1)!.key), width: picture.renditions.at(-1)!.width, height: Math.round((picture.height * picture.renditions.at(-1)!.width) / picture.width) }
      : picture?.kind === 'public'
        ? { src: picture.src, width: 480, height: 270 }
        : null;
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/newsletter">{t('edit.back')}</Link>
      </p>
      <h1 className="mb-4 text-3xl font-bold">{t('edit.title', { language: languageNameIn(language, locale) })}</h1>
      {saved ? <NoticeBanner tone="success" title={t('edit.saved')} /> : null}
      {pictureSaved ? <NoticeBanner tone="success" title={t('picture.saved')} /> : null}
      {state === 'outOfDate' ? <NoticeBanner tone="warning" title={t('edit.outOfDate', { date: article.sourceChangedAt })} /> : null}
      <div className="grid gap-8 lg:grid-cols-2">
        {!isSource ? (
          <section aria-labelledby="source-heading" className="border-2 border-wash p-4">
            <h2 id="source-heading" className="mb-2 text-xl font-bold">
              {t('edit.source', { language: languageNameIn(article.sourceLocale, locale) })}
            </h2>
            {source ? (
              <div lang={languageTags[article.sourceLocale as Locale]}>
                <p className="text-lg font-bold">{source.title}</p>
                <p className="mb-4">{source.summary}</p>
                <ArticleBody html={renderArticle(source.body)} />
              </div>
            ) : (
              <p>{t('edit.sourceMissing')}</p>
            )}
          </section>
        ) : null}
        <section aria-label={t('edit.title', { language: languageNameIn(language, locale) })}>
          <PictureForm articleId={article.id} language={language} preview={preview} />
          <VersionForm
            articleId={article.id}
            language={language}
            lang={languageTags[language]}
            hasImage={Boolean(article.image)}
            mayPublish={can(staff, 'newsletter:publish')}
            initial={{ title: version?.title ?? '', summary: version?.summary ?? '', body: version?.body ?? '', imageAlt: version?.imageAlt ?? '', imageCaption: version?.imageCaption ?? '' }}
          />
        </section>
      </div>
    </>
  );
}
