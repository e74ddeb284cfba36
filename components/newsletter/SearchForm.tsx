import { getLocale, getTranslations } from 'next-intl/server';

/** A plain GET form: it works without JavaScript and the results page has its own address. */
export async function SearchForm({ query = '' }: { query?: string }) {
  const [t, locale] = await Promise.all([getTranslations('Newsletter.search'), getLocale()]);
  return (
    <div role="search" className="no-print mb-8">
      <form action={`/${locale}/newsletter/search`} method="get" className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="newsletter-q" className="block font-semibold">
            {t('label')}
          </label>
          <input id="newsletter-q" name="q" type="search" defaultValue={query} maxLength={100} className="mt-1 block w-72 max-w-full border-2 border-ink bg-paper p-2" />
        </div>
        <button type="submit" className="min-h-11 bg-success px-4 py-2 font-semibold text-white">
          {t('submit')}
        </button>
      </form>
    </div>
  );
}
