'use server';

import { redirect } from 'next/navigation';
import { db } from '@/lib/db';
import { localeFromForm } from '@/lib/i18n/locales';
import { recordAudit } from '@/lib/audit/record';
import { fileStore } from '@/lib/files/storage';
import { sealJson } from '../sealed';
import { ownApplicationOr404 } from '../application/resident';
import { saveValues } from '../application/store';
import { addDocuments, removeDocument, type Upload, type UploadOutcome } from './store';

const text = (formData: FormData, name: string) => String(formData.get(name) ?? '');

async function ownedOpen(formData: FormData) {
  const locale = localeFromForm(formData);
  const { resident, app } = await ownApplicationOr404(locale, text(formData, 'application'), '/documents');
  const base = `/${locale}/support/apply/${app.id}`;
  // Documents change only while the application is a draft; afterwards staff ask for more.
  if (app.caseId) redirect(`${base}/done`);
  if (!app.values) redirect(`${base}?problem=expired`);
  return { resident, app: { ...app, values: app.values }, base };
}

/**
 * "Upload": the files of a multipart post (a plain form, JavaScript or not), each checked while
 * the resident waits. What was added and what was refused, with why, is kept sealed in the draft
 * (file names can be personal) and shown at the field after the redirect.
 */
export async function uploadDocumentsAction(_previous: void, formData: FormData): Promise<void> {
  const { resident, app, base } = await ownedOpen(formData);
  const files = formData.getAll('files').filter((f): f is File => typeof f === 'object' && f !== null && 'arrayBuffer' in f && (f.size > 0 || f.name !== ''));
  let outcome: UploadOutcome;
  if (files.length === 0) outcome = { added: [], refused: [{ name: '', reason: 'none' }] };
  else {
    const uploads: Upload[] = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: Buffer.from(await f.arrayBuffer()) })));
    outcome = await addDocuments(db, await fileStore(), { applicationId: app.id, uploads, now: new Date() });
  }
  await saveValues(db, app, { ...app.values, uploadOutcomeSealed: sealJson(outcome) }, new Date());
  if (outcome.added.length)
    await recordAudit({
      actor: { type: 'resident', id: resident.id },
      action: 'change',
      entity: 'SupportDocument',
      entityId: app.id,
      residentId: resident.id,
      detail: { added: outcome.added.length, refused: outcome.refused.map((r) => r.reason) },
    });
  redirect(`${base}/documents?uploaded=1`);
}

/** "Remove": one document, before submission only. */
export async function removeDocumentAction(_previous: void, formData: FormData): Promise<void> {
  const { resident, app, base } = await ownedOpen(formData);
  const removed = await removeDocument(db, await fileStore(), { applicationId: app.id, documentId: text(formData, 'document'), now: new Date() });
  if (removed)
    await recordAudit({
      actor: { type: 'resident', id: resident.id },
      action: 'change',
      entity: 'SupportDocument',
      entityId: text(formData, 'document').slice(0, 64),
      residentId: resident.id,
      detail: { removed: true },
    });
  redirect(`${base}/documents${removed ? '?removed=1' : ''}`);
}
