import { currentResident } from '@/lib/auth/guards';
import { attachmentResponse, fileNotFound, signInFirst } from '@/lib/files/download';
import { fileStore } from '@/lib/files/storage';
import { isLocale } from '@/lib/i18n/locales';
import { letterFile } from '@/lib/support/letters/access';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ locale: string; caseId: string; letter: string }> };

/** The applicant's decision letter, as an attachment; another resident's case or letter is a 404 on record. */
export async function GET(request: Request, { params }: Context) {
  const { locale, caseId, letter } = await params;
  const resident = await currentResident();
  if (!resident) return signInFirst(request, locale, isLocale(locale));
  const found = await letterFile({ type: 'resident', id: resident.id }, caseId, letter);
  const body = found ? await (await fileStore()).open(found.storageKey) : null;
  if (!found || !body) return fileNotFound();
  return attachmentResponse(body, found);
}
