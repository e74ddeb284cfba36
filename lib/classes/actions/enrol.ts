'use server';

import { redirect } from 'next/navigation';
import { db } from '@/lib/db';
import { currentResident } from '@/lib/auth/guards';
import { admitPublicForm } from '@/lib/actions/public-form';
import { localeFromForm } from '@/lib/i18n/locales';
import { enrol } from '../enrol';
import { acceptOffer, leave } from '../waitlist';
import { isRequestKey } from '../rules';

const text = (formData: FormData, name: string) => String(formData.get(name) ?? '');
const sectionPath = (locale: string, sectionId: string) => `/${locale}/classes/${encodeURIComponent(sectionId)}`;

/**
 * "Confirm enrolment" (post/redirect/get, works without JavaScript). The resident comes from the
 * session; the request key from the check page makes a double click or a retry one enrolment.
 * Answers with a redirect: to the confirmation, or back to the check page with the problem named.
 */
export async function confirmEnrolment(_previous: void, formData: FormData): Promise<void> {
  const locale = localeFromForm(formData);
  const sectionId = text(formData, 'section');
  const back = (problem: string, extra = '') => `${sectionPath(locale, sectionId)}/enrol?problem=${problem}${extra}`;
  const resident = await currentResident();
  if (!resident) redirect(`/${locale}/account/sign-in`);
  const key = text(formData, 'key');
  if (!isRequestKey(key)) redirect(back('notAllowed'));
  // It sends an email: a bot or a flood from one address stops here, before the seat is touched.
  const gate = await admitPublicForm(formData, 'class-enrol');
  if (!gate.ok) redirect(back(gate.reason === 'spam' ? 'refused' : 'throttled', gate.reason === 'throttled' ? `&minutes=${gate.retryAfterMinutes}` : ''));
  const result = await enrol(db, { sectionId, residentId: resident.id, locale, requestKey: key });
  if (result.kind === 'enrolled' || result.kind === 'waitlisted' || result.kind === 'applied') redirect(`${sectionPath(locale, sectionId)}/done?enrolment=${result.enrolmentId}`);
  redirect(back(result.kind));
}

const moves = ['accept', 'leave'] as const;

/** On the section page: accept a held seat, or give up a place (decline an offer, leave the waitlist, withdraw). */
export async function movePlace(_previous: void, formData: FormData): Promise<void> {
  const locale = localeFromForm(formData);
  const sectionId = text(formData, 'section');
  const resident = await currentResident();
  if (!resident) redirect(`/${locale}/account/sign-in`);
  const move = moves.find((m) => m === text(formData, 'move'));
  const enrolmentId = text(formData, 'enrolment');
  const before = await db.classEnrolment.findFirst({ where: { id: enrolmentId, residentId: resident.id }, select: { status: true } });
  if (!move || !before) redirect(`${sectionPath(locale, sectionId)}?problem=notAllowed`);
  const result = move === 'accept' ? await acceptOffer(db, { enrolmentId, residentId: resident.id }) : await leave(db, { enrolmentId, residentId: resident.id, actor: { type: 'resident' } });
  if (!result.ok) redirect(`${sectionPath(locale, sectionId)}?problem=${result.refused === 'notFound' ? 'notAllowed' : result.refused}`);
  const notice = move === 'accept' ? 'accepted' : before.status === 'OFFERED' ? 'declined' : before.status === 'WAITING' ? 'left' : before.status === 'APPLIED' ? 'applicationWithdrawn' : 'withdrawn';
  redirect(`${sectionPath(locale, sectionId)}?notice=${notice}`);
}
