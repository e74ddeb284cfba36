'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { uploadPictureAction } from '@/lib/newsletter/staff/picture-action';
import { pictureAcceptAttribute } from '@/lib/files/accept';
import { MAX_FILE_BYTES } from '@/lib/files/limits.mjs';
import type { FormState } from '@/lib/forms/state';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { TextField } from '@/components/ui/Field';
import { Button } from '@/components/ui/Button';

/**
 * The article's picture (one for every language; each version writes its own alt text and
 * caption). A multipart post to a server action: it works without JavaScript too.
 */
export function PictureForm({ articleId, language, preview }: { articleId: string; language: string; preview: { src: string; width: number; height: number } | null }) {
  const t = useTranslations('AdminNewsletter.picture');
  const tf = useTranslations('Forms');
  const [state, action, pending] = useActionState(uploadPictureAction, {} as FormState);
  return (
    <section aria-labelledby="picture-heading" className="mb-8 border-2 border-wash p-4">
      <h2 id="picture-heading" className="mb-2 text-xl font-bold">
        {t('heading')}
      </h2>
      {preview ? (
        // A staff-only preview of the stored rendition; its alt text is written per language below.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={preview.src} alt={t('previewAlt')} width={preview.width} height={preview.height} className="mb-4 h-auto w-full max-w-sm" />
      ) : (
        <p className="mb-4">{t('none')}</p>
      )}
      <form action={action} noValidate>
        <ErrorSummary title={tf('errorSummaryTitle')} errors={{ ...state.fieldErrors, ...(state.formError ? { form: state.formError } : {}) }} />
        <input type="hidden" name="articleId" value={articleId} />
        <input type="hidden" name="language" value={language} />
        <TextField
          name="picture"
          type="file"
          accept={pictureAcceptAttribute}
          label={preview ? t('replace') : t('choose')}
          hint={t('hint', { max: MAX_FILE_BYTES / 1024 / 1024 })}
          error={state.fieldErrors?.picture}
        />
        <Button name="intent" value="upload" disabled={pending}>
          {t('upload')}
        </Button>
      </form>
    </section>
  );
}
