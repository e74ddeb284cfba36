'use client';

import { useTranslations } from 'next-intl';

/**
 * What a person sees when a page fails, public or staff: a calm message in their language and a
 * way on, never a stack trace. Only the digest (an opaque id also in the server log) is shown, so
 * staff can find the cause.
 */
export function ErrorMessage({ digest, reset }: { digest?: string; reset: () => void }) {
  const t = useTranslations('Error');
  return (
    <div role="alert">
      <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-4">{t('body')}</p>
      <button type="button" onClick={reset} className="min-h-11 border-2 border-ink px-4 font-semibold">
        {t('retry')}
      </button>
      {digest ? <p className="mt-4 text-sm text-muted">{t('reference', { digest })}</p> : null}
    </div>
  );
}
