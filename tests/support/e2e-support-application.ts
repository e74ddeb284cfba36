// A resident's emergency support application, submitted through the data layer as the apply flow
// submits it (sections parsed from form posts, sealed answers, consents, the case opened), for the
// browser tests that start after submission: the apply flow itself is walked in its own test.
// Made with the other fixtures before the server starts (e2e-fixtures.ts), so no test waits for it.
import fs from 'node:fs';
import type { Db } from '@/lib/db/client';
import type { Locale } from '@/lib/i18n/locales';
import { parseSection } from '@/lib/support/application/sections';
import { ownApplication, saveValues, startApplication, type OwnApplication } from '@/lib/support/application/store';
import { submitApplication } from '@/lib/support/application/submit';
import { consentVersions, textHash } from '@/lib/support/application/consents';
import type { ConsentPurpose, Section } from '@/lib/support/application/types';

const answers: [Section, Record<string, string>][] = [
  ['applicant', { fullName: 'Nguyen Thi Lan', phone: '010-2345-6789', address: '12 Wongok-ro, Danwon-gu, Ansan', nationality: 'Việt Nam', visa: 'E-9', residenceMonths: '20', arn: '910203-6123456' }],
  ['household', {}],
  ['crisis', { reason: 'illness_injury', date: '2026-11-18', description: 'Tôi phải mổ ruột thừa gấp.', health: 'Viêm ruột thừa, phẫu thuật' }],
  ['costs', { monthlyIncome: '1,100,000', assets: '0', costsAmount: '3,600,000', costsNote: '' }],
  ['bank', { bankName: 'Nonghyup', holder: 'Nguyen Thi Lan', account: '302-1234-5678-91' }],
  ['consents', { consent_personal_data: 'yes', consent_unique_identifiers: 'yes', consent_sensitive_health: 'yes' }],
];

/** The resident's submitted medical-expenses application, in their language. */
export async function submitSupportApplication(db: Db, email: string, locale: Locale) {
  const now = new Date();
  const resident = await db.resident.upsert({ where: { email }, update: {}, create: { email, name: 'Nguyen Thi Lan', preferredLocale: locale } });
  const started = await startApplication(db, { residentId: resident.id, programme: 'MEDICAL', locale, now });
  if (!started) throw new Error('no medical programme in force');
  const consentText = (purpose: string) => ({ version: consentVersions[purpose as ConsentPurpose], hash: textHash(`e2e consent text: ${purpose}`) });
  for (const [section, fields] of answers) {
    const app = (await ownApplication(db, resident.id, started.id, now))!;
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    const parsed = parseSection(section, form, app.values!, now, consentText, locale);
    if (!parsed.ok) throw new Error(`section ${section} refused: ${JSON.stringify(parsed.errors)}`);
    await saveValues(db, app, { ...app.values!, ...parsed.values }, now);
  }
  const app = (await ownApplication(db, resident.id, started.id, now)) as OwnApplication;
  const programmeName = (JSON.parse(fs.readFileSync(`messages/${locale}.json`, 'utf8')) as { Support: { programmes: { MEDICAL: { name: string } } } }).Support.programmes.MEDICAL.name;
  const requestsUrl = `${process.env.SITE_URL ?? 'http://localhost:3000'}/${locale}/account`;
  const result = await submitApplication(db, { app, resident: { id: resident.id, email }, locale, programmeName, requestsUrl, now });
  if (result.kind !== 'submitted') throw new Error(`not submitted: ${result.kind}`);
}
