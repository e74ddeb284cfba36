import { getTranslations } from 'next-intl/server';
import { languageTags, type Locale } from '@/lib/i18n/locales';
import { languageNameIn } from '@/lib/i18n/language-name';
import { urgentAlerts } from '@/lib/notices/cached';
import { NoticeBanner } from '@/components/ui/NoticeBanner';
import { LocalizedValue } from '@/components/ui/LocalizedValue';

/**
 * Urgent alerts at the top of every public page, in the HTML itself (no script needed). Where the
 * reader's language has no text, it says so and shows the Korean and English texts as written.
 */
export async function UrgentAlerts({ locale, now }: { locale: Locale; now?: Date }) {
  const alerts = await urgentAlerts(locale, now);
  if (alerts.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Notices' });
  const list = new Intl.ListFormat(languageTags[locale], { type: 'conjunction' });
  return (
    <div id="urgent-alerts">
      {alerts.map(({ id, missing, texts }) => (
        <NoticeBanner key={id} tone="urgent" title={<LocalizedValue value={texts[0]!.title} />}>
          {missing ? <p className="mb-2 text-sm">{t('missing', { language: languageNameIn(locale, locale), shown: list.format(texts.map((x) => languageNameIn(x.title.locale, locale))) })}</p> : null}
          {texts.map((text, i) => (
            <div key={text.title.locale} className={i > 0 ? 'mt-3 border-t border-line pt-3' : undefined}>
              {i > 0 ? (
                <div className="font-bold">
                  <LocalizedValue as="p" value={text.title} />
                </div>
              ) : null}
              <LocalizedValue as="p" value={text.body} />
            </div>
          ))}
        </NoticeBanner>
      ))}
    </div>
  );
}
