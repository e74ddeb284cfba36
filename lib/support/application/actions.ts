'use server';

import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { localeFromForm, type Locale } from '@/lib/i18n/locales';
import { recordAudit } from '@/lib/audit/record';
import { isProgrammeCode } from '../programmes';
import { sealJson } from '../sealed';
import { consentVersions, textHash } from './consents';
import { parseSection } from './sections';
import { saveValues, startApplication } from './store';
import { submitApplication } from './submit';
import { ownApplicationOr404, residentOrSignIn } from './resident';
import { isSection, type ConsentPurpose } from './types';

const text = (formData: FormData, name: string) => String(formData.get(name) ?? '');

/** "Start": a new application of the chosen programme, owned by the signed-in resident. */
export async function startApplicationAction(_previous: void, formData: FormData): Promise<void> {
  const locale = localeFromForm(formData);
  const resident = await residentOrSignIn(locale, '/support/apply');
  const programme = text(formData, 'programme');
  if (!isProgrammeCode(programme)) redirect(`/${locale}/support/apply?error=choose`);
  const made = await startApplication(db, { residentId: resident.id, programme, locale, now: new Date() });
  if (!made) redirect(`/${locale}/support/apply?error=choose`);
  redirect(`/${locale}/support/apply/${made.id}`);
}

const ownedFromForm = (formData: FormData, locale: Locale) => ownApplicationOr404(locale, text(formData, 'application'), '');

/** Saves one section of the task list; refused answers come back at their fields from the (sealed) draft. */
export async function saveSectionAction(_previous: void, formData: FormData): Promise<void> {
  const locale = localeFromForm(formData);
  const { app } = await ownedFromForm(formData, locale);
  const section = text(formData, 'section');
  const base = `/${locale}/support/apply/${app.id}`;
  if (app.caseId) redirect(`${base}/done`);
  if (!app.values || !isSection(section)) redirect(`${base}?problem=expired`);
  const now = new Date();
  const t = await getTranslations({ locale, namespace: 'Support.apply.consents' });
  const consentText = (purpose: string) => {
    const p = purpose as ConsentPurpose;
    return { version: consentVersions[p], hash: textHash(t(`${p}.text`)) };
  };
  const parsed = parseSection(section, formData, app.values, now, consentText, locale);
  if (!parsed.ok) {
    await saveValues(db, app, { ...app.values, pendingSealed: sealJson({ section, values: parsed.typed, errors: parsed.errors }) }, now);
    redirect(`${base}/${section}?problem=invalid`);
  }
  await saveValues(db, app, { ...app.values, ...parsed.values, pendingSealed: undefined }, now);
  redirect(`${base}?saved=${section}`);
}

/** "Submit application": one case, however often it is sent. */
export async function submitApplicationAction(_previous: void, formData: FormData): Promise<void> {
  const locale = localeFromForm(formData);
  const { resident, app } = await ownedFromForm(formData, locale);
  const base = `/${locale}/support/apply/${app.id}`;
  const t = await getTranslations({ locale, namespace: 'Support' });
  const site = process.env.SITE_URL ?? 'http://localhost:3000';
  const result = await submitApplication(db, {
    app,
    resident,
    locale,
    programmeName: t(`programmes.${app.programme}.name`),
    requestsUrl: `${site}/${locale}/account`,
    now: new Date(),
  });
  if (result.kind === 'submitted') {
    if (!result.repeated)
      await recordAudit({ actor: { type: 'resident', id: resident.id }, action: 'change', entity: 'SupportApplication', entityId: app.id, residentId: resident.id, detail: { submitted: true } });
    redirect(`${base}/done`);
  }
  redirect(result.kind === 'incomplete' ? `${base}/check?problem=incomplete` : `${base}?problem=${result.kind}`);
}
