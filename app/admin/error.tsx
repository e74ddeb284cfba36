'use client';

import { useTranslations } from 'next-intl';

/** A failure inside the staff area: the same calm message as the public pages, in the staff member's language. */
export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('Error');
  return (
    <div role="alert">
      <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-4">{t('body')}</p>
      <button type="button" onClick={reset} className="min-h-11 border-2 border-ink px-4 font-semibold">
        {t('retry')}
      </button>
      {error.digest ? <p className="mt-4 text-sm text-muted">{t('reference', { digest: error.digest })}</p> : null}
    </div>
  );
}
