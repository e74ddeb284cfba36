import { getTranslations } from 'next-intl/server';
import { Tag, type TagTone } from '@/components/ui/Tag';

const bookingTones: Record<string, TagTone> = { BOOKED: 'info', CHECKED_IN: 'success', COMPLETED: 'neutral', NO_SHOW: 'warning', CANCELLED: 'error' };

export async function BookingStatusTag({ status }: { status: string }) {
  const t = await getTranslations('Admin.consultations.status');
  return <Tag tone={bookingTones[status] ?? 'neutral'}>{t(status as 'BOOKED')}</Tag>;
}
