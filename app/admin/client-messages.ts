import type { MessagePath } from '@/lib/i18n/client-messages';

/**
 * What the client components under /admin read (components/admin, the error page): only these
 * reach the browser. tests/unit/client-messages.test.ts checks every key they use is here.
 */
export const ADMIN_CLIENT_MESSAGES = [
  'Admin.signIn',
  'Admin.verify',
  'Admin.security',
  'Admin.invitation',
  'Admin.staff',
  'Admin.roles',
  'Admin.roleDescriptions',
  'Admin.cases.note',
  'Admin.cases.noteHint',
  'Admin.cases.followUp',
  'Admin.cases.followUpNeeded',
  'Admin.cases.followUpHint',
  'Admin.cases.followUpOnField',
  'Admin.cases.submitOutcome',
  'Admin.consultations.center',
  'Admin.consultations.choose',
  'Admin.consultations.schedules',
  'Admin.consultations.walkIn',
  'Admin.consultations.cancelPage',
  'Admin.consultations.topics',
  'AdminNewsletter.form',
  'AdminNewsletter.picture',
  'AdminNotices.form',
  'CaseHub.work',
  'CaseHub.message',
  'CaseHub.templates',
  'Forms',
  'Error',
] as const satisfies readonly MessagePath[];
