import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { StaffContext } from '@/lib/auth/guards';
import { recordAudit } from '@/lib/audit/record';
import { findCaseFor } from '@/lib/cases/access';
import { recordEvent } from '@/lib/cases/write';
import { withRetries } from '@/lib/db/retry';
import { invalid, refused, type DataResult } from '@/lib/forms/result';
import { isLocale } from '@/lib/i18n/locales';
import { queueMessage } from '@/lib/notifications/outbox';
import { registrationOf } from '@/lib/registry/services';
import { currentVersion } from '@/lib/hub/templates/current';
import { residentLanguageOf } from './language';

export type SendRefusal = 'caseNotFound' | 'templateNotFound' | 'chooseLanguage' | 'noVersion' | 'noContact';

const inputSchema = z.object({ caseId: z.string().min(1).max(64), templateId: z.string().min(1).max(64), language: z.string().max(16).optional() });

/**
 * Sends a template's version in the chosen language to the case's resident, through the outbox,
 * with a `message_sent` event naming the template, the version and the language on the case's
 * timeline, in one transaction. The language is always chosen (the form offers the resident's
 * when the template has it); none, or one the template lacks, is refused rather than replaced.
 */
export async function sendTemplatedMessage(
  actor: StaffContext,
  input: { caseId: string; templateId: string; language?: string },
  now = new Date(),
): Promise<DataResult<{ caseId: string; outboxId: string }, SendRefusal>> {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { caseId, templateId, language } = parsed.data;
  const found = await findCaseFor(actor, caseId, 'update');
  const registration = found ? registrationOf(found.kind) : undefined;
  if (!found || !registration) return refused('caseNotFound');
  const template = await db.messageTemplate.findUnique({ where: { id: templateId }, select: { id: true, key: true } });
  if (!template) return refused('templateNotFound');
  if (!isLocale(language)) return refused('chooseLanguage');
  const version = await currentVersion(templateId, language);
  if (!version) return refused('noVersion');
  const row = await db.case.findUniqueOrThrow({
    where: { id: caseId },
    select: { reference: true, language: true, resident: { select: { id: true, email: true, phone: true, preferredLocale: true } } },
  });
  const { resident } = row;
  const envelope = resident.email ? ({ channel: 'EMAIL', to: resident.email } as const) : resident.phone ? ({ channel: 'SMS', to: resident.phone } as const) : null;
  if (!envelope) return refused('noContact');
  const residentLanguage = residentLanguageOf(row.language, resident.preferredLocale);
  const outboxId = await withRetries(() =>
    db.$transaction(async (tx) => {
      const queued = await queueMessage(tx, {
        ...envelope,
        template: 'caseTemplatedMessage',
        locale: language,
        params: { reference: row.reference, title: version.title, body: version.body },
        residentId: resident.id,
        caseId,
      });
      await recordEvent(tx, registration.kind, caseId, {
        event: 'message_sent',
        actor: { type: 'staff', id: actor.id },
        data: { templateId, templateKey: template.key, versionId: version.id, revision: version.revision, locale: language, residentLanguage, outboxId: queued.id, channel: envelope.channel },
        at: now,
      });
      return queued.id;
    }),
  );
  await recordAudit({
    actor: { type: 'staff', id: actor.id },
    action: 'change',
    entity: 'Case',
    entityId: caseId,
    residentId: resident.id,
    detail: { messageSent: template.key, versionId: version.id, locale: language, otherLanguage: language !== residentLanguage },
  });
  return { ok: true, caseId, outboxId };
}
