import { getTranslations } from 'next-intl/server';
import type { ResolvedText } from '@/lib/i18n/localized-text';
import { mapSearchUrl } from '@/lib/centers/korean-address';
import { LocalizedValue } from '@/components/ui/LocalizedValue';

/**
 * A centre's address in the reader's language, then as Korean writes it (marked `lang="ko"`, to
 * show a taxi driver), and a link that opens it in a map app. A Korean page shows it once.
 */
export async function CentreAddress({ address, korean, prefix }: { address: ResolvedText; korean: string | null; prefix?: string }) {
  const t = await getTranslations('Components.address');
  return (
    <>
      <span className="block">
        {prefix ? `${prefix}, ` : null}
        <LocalizedValue value={address} />
      </span>
      {korean && korean !== address.text ? (
        <span className="block" data-korean-address="">
          {t('inKorean')}{' '}
          <span lang="ko" className="font-semibold">
            {korean}
          </span>
        </span>
      ) : null}
      {korean ? (
        <a href={mapSearchUrl(korean)} hrefLang="ko" className="block">
          {t('openMap')}
        </a>
      ) : null}
    </>
  );
}
