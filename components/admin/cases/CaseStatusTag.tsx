import { getTranslations } from 'next-intl/server';
import { registrationOf } from '@/lib/registry/services';
import { Tag, type TagTone } from '@/components/ui/Tag';

const tones: Record<string, TagTone> = { SCHEDULED: 'info', IN_REVIEW: 'warning', WAITING_FOR_RESIDENT: 'warning', COMPLETED: 'success', NO_SHOW: 'warning', CANCELLED: 'error', REJECTED: 'error' };

/** A case's status in the staff member's language, named by its kind's declaration. */
export async function CaseStatusTag({ kind, status, plain = false }: { kind: string; status: string; plain?: boolean }) {
  const t = await getTranslations('Cases');
  const declared = registrationOf(kind)?.kind;
  const name = declared && (declared.statuses as readonly string[]).includes(status) ? t(`${declared.kind as 'CONSULTATION'}.status.${status as 'SCHEDULED'}`) : status;
  return plain ? <>{name}</> : <Tag tone={tones[status] ?? 'neutral'}>{name}</Tag>;
}
