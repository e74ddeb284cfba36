import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { CaseKind } from '@/lib/cases/define';

/**
 * Names of kinds, statuses, languages and nationalities in the viewer's language. Kinds and
 * statuses come from each registration's messages (`Cases.<KIND>.name|status.<S>`); languages and
 * countries from Intl.DisplayNames, so a new resident language needs no message.
 */
export async function queueNames(locale: string, kinds: readonly CaseKind[]) {
  const t = await getTranslations('Cases');
  const languages = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const declared = (kind: string) => kinds.find((k) => k.kind === kind);
  return {
    kind: (kind: string) => (declared(kind) ? t(`${kind as 'CONSULTATION'}.name`) : kind),
    status: (kind: string, status: string) => {
      const found = declared(kind);
      return found && (found.statuses as readonly string[]).includes(status) ? t(`${kind as 'CONSULTATION'}.status.${status as 'SCHEDULED'}`) : status;
    },
    language: (code: string) => languages.of(code) ?? code,
    nationality: (code: string) => regions.of(code) ?? code,
  };
}
export type QueueNames = Awaited<ReturnType<typeof queueNames>>;
