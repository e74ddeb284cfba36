import { db } from '@/lib/db';
import { currentResident } from '@/lib/auth/guards';
import { recordAudit } from '@/lib/audit/record';
import { attachmentResponse, fileNotFound, signInFirst } from '@/lib/files/download';
import { fileStore } from '@/lib/files/storage';
import { isLocale } from '@/lib/i18n/locales';
import { ownApplication } from '@/lib/support/application/store';
import { storedDocument } from '@/lib/support/documents/store';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ locale: string; id: string; doc: string }> };

/**
 * The applicant's own document, as an attachment. Only through their application (id AND owner,
 * the resident side's one rule): another resident's document, or a made-up id, is a 404 on record.
 */
export async function GET(request: Request, { params }: Context) {
  const { locale, id, doc } = await params;
  const resident = await currentResident();
  if (!resident) return signInFirst(request, locale, isLocale(locale));
  const app = await ownApplication(db, resident.id, id);
  const found = app ? await storedDocument(db, app.id, doc) : null;
  const body = found?.storageKey ? await (await fileStore()).open(found.storageKey) : null;
  if (!found || !body) {
    await recordAudit({ actor: { type: 'resident', id: resident.id }, action: 'access_denied', entity: 'SupportDocument', entityId: doc.slice(0, 64), residentId: resident.id });
    return fileNotFound();
  }
  return attachmentResponse(body, found);
}
