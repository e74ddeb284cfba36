'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { runStaffAction } from '@/lib/actions/staff-action';
import { MAX_FILE_BYTES } from '@/lib/files/limits.mjs';
import type { FormState } from '@/lib/forms/state';
import { isNewsletterLocale } from '../locales';
import { uploadArticlePicture } from './pictures';

/** The picture form beside a version: one file, checked while the editor waits, refused at the field. */
export async function uploadPictureAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const articleId = String(formData.get('articleId') ?? '').slice(0, 64);
  const language = String(formData.get('language') ?? '');
  const file = formData.get('picture');
  const upload = typeof file === 'object' && file !== null && 'arrayBuffer' in file && file.size > 0 ? { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) } : null;
  const result = await runStaffAction({ permission: 'newsletter:edit', entity: 'NewsletterArticle' }, { articleId, upload }, uploadArticlePicture);
  if (result.ok) {
    revalidatePath('/[locale]/newsletter', 'layout');
    redirect(`/admin/newsletter/articles/${articleId}/${isNewsletterLocale(language) ? language : 'ko'}?picture=1`);
  }
  const reason = 'refused' in result ? result.refused : 'damaged';
  if (reason === 'notFound') return { formError: (await getTranslations('AdminNewsletter.refused'))('notFound') };
  if (reason === 'type') return { fieldErrors: { picture: (await getTranslations('AdminNewsletter.picture'))('wrongType') } };
  const t = await getTranslations('Files.refused');
  return { fieldErrors: { picture: t(reason, { max: MAX_FILE_BYTES / 1024 / 1024 }) } };
}
