// Data the end-to-end tests rely on beyond the seed: an urgent notice, translated in a few
// languages only, so the home page's notice and its fallback note are checked in every locale;
// a submitted emergency support application in Vietnamese for the approval test.
import { createDb } from '@/lib/db/client';
import { buildNotice } from '@/prisma/builders';
import { APPROVAL_RESIDENT_EMAIL } from './e2e-fixture-names';
import { submitSupportApplication } from './e2e-support-application';

async function main() {
  const db = createDb();
  await db.notice.create({
    data: buildNotice({
      severity: 'URGENT',
      title: { ko: '태풍 경보: 외출을 자제하세요', en: 'Typhoon warning: stay indoors', vi: 'Cảnh báo bão: hãy ở trong nhà' },
      body: { ko: '센터는 오늘 오후 3시에 문을 닫습니다.', en: 'The centres close at 3 pm today.', vi: 'Các trung tâm đóng cửa lúc 3 giờ chiều hôm nay.' },
      startsAt: new Date(Date.now() - 60_000),
    }),
  });
  await submitSupportApplication(db, APPROVAL_RESIDENT_EMAIL, 'vi');
  await db.$disconnect();
}

void main();
