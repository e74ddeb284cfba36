import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { directionOf, isLocale, languageTags, locales, nativeNames } from '@/lib/i18n/locales';
import { languageNameIn } from '@/lib/i18n/language-name';
import { templateDetail } from '@/lib/hub/templates/queries';
import { Table } from '@/components/ui/Table';
import { Tag } from '@/components/ui/Tag';
import { NoticeBanner } from '@/components/ui/NoticeBanner';
import { TemplateTextForm } from '@/components/admin/hub/TemplateTextForm';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('CaseHub.templates'))('title') };
}

const tones = { current: 'success', outdated: 'warning', missing: 'error' } as const;

/**
 * One template: each language's status against the Korean source, and the chosen language's
 * text to edit beside the source (`?lang=`, a link per language, so it works without JavaScript).
 */
export default async function TemplatePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('templates:manage');
  const [{ id }, query, raw, t] = await Promise.all([params, searchParams, getLocale(), getTranslations('CaseHub.templates')]);
  const reader = isLocale(raw) ? raw : 'ko';
  const template = await templateDetail(id);
  if (!template) notFound();
  const editing = isLocale(query.lang) ? query.lang : 'ko';
  const source = template.versions.get(template.sourceLocale);
  const current = template.versions.get(editing);
  const name = (code: string) => languageNameIn(code, reader);
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/templates">{t('back')}</Link>
      </p>
      <h1 className="mb-4 text-3xl font-bold">
        <span lang={languageTags.ko}>{source?.title ?? template.key}</span> (<code>{template.key}</code>)
      </h1>
      {query.done === 'saved' ? <NoticeBanner tone="success" title={t('saved')} /> : query.done === 'created' ? <NoticeBanner tone="success" title={t('created')} /> : null}
      <div className="grid gap-10 lg:grid-cols-2">
        <Table
          caption={t('languagesHeading')}
          rowKey={(row) => row}
          rows={[...locales]}
          columns={[
            {
              key: 'language',
              header: t('languageColumn'),
              cell: (l) => (
                <Link href={`/admin/templates/${template.id}?lang=${l}`} aria-current={l === editing ? 'true' : undefined}>
                  {name(l)} <span lang={languageTags[l]}>({nativeNames[l]})</span>
                </Link>
              ),
            },
            { key: 'status', header: t('statusColumn'), cell: (l) => <Tag tone={tones[template.statuses[l]]}>{t(`status.${template.statuses[l]}`)}</Tag> },
            { key: 'revision', header: t('revisionColumn'), numeric: true, cell: (l) => template.versions.get(l)?.revision ?? '' },
          ]}
        />
        <div>
          {editing !== template.sourceLocale && source ? (
            <section aria-labelledby="source-heading" className="mb-6 border-2 border-muted bg-paper p-3">
              <h2 id="source-heading" className="mb-2 text-xl font-bold">
                {t('sourceHeading', { language: name(template.sourceLocale) })}
              </h2>
              <div lang={languageTags.ko}>
                <p className="font-semibold">{source.title}</p>
                <p className="whitespace-pre-wrap">{source.body}</p>
              </div>
            </section>
          ) : null}
          <section aria-labelledby="edit-heading">
            <h2 id="edit-heading" className="mb-3 text-xl font-bold">
              {t('editHeading', { language: name(editing) })}
            </h2>
            <p className="mb-3">
              <Tag tone={tones[template.statuses[editing]]}>{t(`status.${template.statuses[editing]}`)}</Tag>
            </p>
            <TemplateTextForm
              key={`${editing}-${current?.revision ?? 0}`}
              templateId={template.id}
              locale={editing}
              lang={languageTags[editing]}
              dir={directionOf(editing)}
              initial={current ? { title: current.title, body: current.body } : undefined}
            />
          </section>
        </div>
      </div>
    </>
  );
}
