import { getTranslations } from 'next-intl/server';
import { Tag, type TagTone } from '@/components/ui/Tag';

const bookingTones: Record<string, TagTone> = { BOOKED: 'info', CHECKED_IN: 'success', COMPLETED: 'neutral', NO_SHOW: 'warning', CANCELLED: 'error' };
const caseTones: Record<string, TagTone> = { SCHEDULED: 'info', IN_REVIEW: 'warning', WAITING_FOR_RESIDENT: 'warning', COMPLETED: 'success', NO_SHOW: 'warning', CANCELLED: 'error', REJECTED: 'error' };

export async function BookingStatusTag({ status }: { status: string }) {
  const t = await getTranslations('Admin.consultations.status');
  return <Tag tone={bookingTones[status] ?? 'neutral'}>{t(status as 'BOOKED')}</Tag>;
}

export async function CaseStatusTag({ status }: { status: string }) {
  const t = await getTranslations('Admin.cases.status');
  return <Tag tone={caseTones[status] ?? 'neutral'}>{t(status as 'SCHEDULED')}</Tag>;
}
