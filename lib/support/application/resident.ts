import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { db } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record';
import { ownApplication } from './store';
import { currentResident, type ResidentContext } from '@/lib/auth/guards';
import type { Locale } from '@/lib/i18n/locales';

/** The signed-in resident; otherwise to sign-in, which brings them back to this page. */
export async function residentOrSignIn(locale: Locale, path: string): Promise<ResidentContext> {
  const resident = await currentResident();
  if (!resident) redirect(`/${locale}/account/sign-in?next=${encodeURIComponent(`/${locale}${path}`)}`);
  return resident;
}

/**
 * The page's application, for its owner only: another resident's id (or a made-up one) is a 404,
 * and the attempt is on record. Used by every page and action of the application.
 */
export async function ownApplicationOr404(locale: Locale, id: string, path: string) {
  const resident = await residentOrSignIn(locale, `/support/apply/${encodeURIComponent(id)}${path}`);
  const app = await ownApplication(db, resident.id, id);
  if (!app) {
    await recordAudit({ actor: { type: 'resident', id: resident.id }, action: 'access_denied', entity: 'SupportApplication', entityId: id.slice(0, 64) || undefined, residentId: resident.id });
    notFound();
  }
  return { resident, app };
}
