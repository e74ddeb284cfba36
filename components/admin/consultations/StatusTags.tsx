import { getTranslations } from 'next-intl/server';
import { Tag, type TagTone } from '@/components/ui/Tag';
import type { BookingStatus } from '@/lib/db/generated/sqlite/enums';

const bookingTones: Record<BookingStatus, TagTone> = { BOOKED: 'info', CHECKED_IN: 'success', COMPLETED: 'neutral', NO_SHOW: 'warning', CANCELLED: 'error' };

export async function BookingStatusTag({ status }: { status: BookingStatus }) {
  const t = await getTranslations('Admin.consultations.status');
  return <Tag tone={bookingTones[status]}>{t(status)}</Tag>;
}
