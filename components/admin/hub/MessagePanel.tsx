import { getTranslations } from 'next-intl/server';
import type { MessageChoice } from '@/lib/hub/messages/compose';
import { languageNameIn } from '@/lib/i18n/language-name';
import { directionOf, isLocale, languageTags, nativeNames, type Locale } from '@/lib/i18n/locales';
import { NoticeBanner } from '@/components/ui/NoticeBanner';
import { Button } from '@/components/ui/Button';
import { SendMessageForm } from './SendMessageForm';

function TextBox({ heading, text }: { heading: string; text: { locale: string; title: string; body: string } }) {
  const lang = isLocale(text.locale) ? text.locale : 'ko';
  return (
    <div className="border-2 border-muted bg-paper p-3">
      <h4 className="mb-2 font-bold">{heading}</h4>
      <div lang={languageTags[lang]} dir={directionOf(lang)}>
        <p className="font-semibold">{text.title}</p>
        <p className="whitespace-pre-wrap">{text.body}</p>
      </div>
    </div>
  );
}

/**
 * A message from a template (docs/decisions/023): pick a template (a GET form, so it works without
 * JavaScript), read it in your own language beside the resident's version, then send. A template
 * lacking the resident's language is flagged, and nothing is preselected for it.
 */
export async function MessagePanel({ caseId, choice, staffLocale, reader }: { caseId: string; choice: MessageChoice; staffLocale: Locale; reader: Locale }) {
  const t = await getTranslations('CaseHub.message');
  const name = (code: string) => languageNameIn(code, reader);
  const resident = name(choice.residentLanguage);
  const chosen = choice.chosen;
  return (
    <section aria-labelledby="message-heading" className="mb-8">
      <h2 id="message-heading" className="mb-3 text-2xl font-bold">
        {t('heading')}
      </h2>
      <p className="mb-3">{t('residentLanguage', { language: resident })}</p>
      <form method="get" action={`/admin/cases/${caseId}`} className="mb-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="message-template" className="block font-bold">
            {t('template')}
          </label>
          <select id="message-template" name="template" defaultValue={chosen?.id ?? ''} className="mt-1 block min-h-11 w-full max-w-xl border-2 border-ink bg-paper p-2">
            <option value="">{t('chooseTemplate')}</option>
            {choice.templates.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.inResidentLanguage ? tpl.title : t('missingMark', { title: tpl.title, language: resident })}
              </option>
            ))}
          </select>
        </div>
        <Button variant="secondary">{t('show')}</Button>
      </form>
      {chosen ? (
        <>
          {!chosen.residentText ? (
            <NoticeBanner tone="warning" title={t('missing', { language: resident })} headingLevel={3}>
              <p>{t('missingHint')}</p>
            </NoticeBanner>
          ) : null}
          <div className="mb-4 grid gap-4 md:grid-cols-2">
            {chosen.staffText ? <TextBox heading={t('yourText', { language: name(staffLocale) })} text={chosen.staffText} /> : <p>{t('noYourText')}</p>}
            {chosen.residentText ? <TextBox heading={t('residentText', { language: resident })} text={chosen.residentText} /> : null}
          </div>
          <SendMessageForm
            caseId={caseId}
            templateId={chosen.id}
            languages={chosen.languages.map((l) => ({ value: l, label: `${name(l)} (${nativeNames[l]})` }))}
            preselected={chosen.residentText ? choice.residentLanguage : null}
          />
        </>
      ) : null}
    </section>
  );
}
