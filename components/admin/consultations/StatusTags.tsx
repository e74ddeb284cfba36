import { getTranslations } from 'next-intl/server';
import { Tag, type TagTone } from '@/components/ui/Tag';
import type { BookingStatus, CaseStatus } from '@/lib/db/generated/sqlite/enums';

const bookingTones: Record<BookingStatus, TagTone> = { BOOKED: 'info', CHECKED_IN: 'success', COMPLETED: 'neutral', NO_SHOW: 'warning', CANCELLED: 'error' };
const caseTones: Partial<Record<CaseStatus, TagTone>> = { SCHEDULED: 'info', IN_REVIEW: 'warning', WAITING_FOR_RESIDENT: 'warning', COMPLETED: 'success', NO_SHOW: 'warning', CANCELLED: 'error', REJECTED: 'error' };

export async function BookingStatusTag({ status }: { status: BookingStatus }) {
  const t = await getTranslations('Admin.consultations.status');
  return <Tag tone={bookingTones[status]}>{t(status)}</Tag>;
}

export async function CaseStatusTag({ status }: { status: CaseStatus }) {
  const t = await getTranslations('Admin.cases.status');
  return <Tag tone={caseTones[status] ?? 'neutral'}>{t(status)}</Tag>;
}
