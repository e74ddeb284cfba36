import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { db } from '@/lib/db';
import { findSection } from '@/lib/classes/catalogue';
import { lotteryRecord } from '@/lib/classes/lottery/public-record';
import { cityZoneName, formatCityDate, formatCityTime } from '@/lib/time/seoul';
import { Link } from '@/lib/i18n/navigation';

type Props = { params: Promise<{ locale: Locale; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Classes.lottery' }))('title') };
}

/** A shell-safe single-quoted word, so the command on the page can be pasted as it is. */
const quoted = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

/**
 * A lottery section's public record (docs/decisions/024): the commitment, the frozen list and its
 * hash, the seed once drawn, and the command that re-runs the draw from those values alone.
 */
export default async function LotteryPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const [section, record] = await Promise.all([findSection(id, locale), lotteryRecord(db, id)]);
  if (!section || !record) notFound();
  const t = await getTranslations('Classes');
  const moment = (date: Date) => ({ date: formatCityDate(date, locale), time: formatCityTime(date, locale), zone: cityZoneName(locale, date) });
  const code = (value: string) => (
    <code className="break-all font-mono" dir="ltr">
      {value}
    </code>
  );
  const row = (label: string, value: React.ReactNode) => (
    <>
      <dt className="font-bold">{label}</dt>
      <dd className="mb-3">{value}</dd>
    </>
  );
  const command = record.seed
    ? `npm run classes:lottery -- --seed ${quoted(record.seed)} --list list.txt --seats ${section.capacity} --commitment ${record.seedHash} --list-hash ${record.listHash}`
    : null;
  return (
    <>
      <p className="mb-4">
        <Link href={`/classes/${section.id}`}>{t(`levels.${section.level}.name`)}</Link>
      </p>
      <h1 className="mb-4 text-3xl font-bold">{t('lottery.title')}</h1>
      <p className="mb-6 max-w-2xl">{t('lottery.lead')}</p>
      <dl className="mb-6 grid max-w-4xl gap-x-6 sm:grid-cols-[14rem_1fr]">
        {row(
          t('lottery.commitment'),
          <>
            {code(record.seedHash)}
            <br />
            {t('lottery.committedAt', moment(record.committedAt))}
          </>,
        )}
        {row(
          t('lottery.listHash'),
          record.listHash && record.frozenAt ? (
            <>
              {code(record.listHash)}
              <br />
              {t('lottery.entries', { count: record.entries?.length ?? 0 })} <a href={`/${locale}/classes/${section.id}/lottery/list.txt`}>{t('lottery.listLink')}</a>
            </>
          ) : (
            t('lottery.listPending', moment(section.closesAt))
          ),
        )}
        {row(
          t('lottery.seed'),
          record.seed && record.drawnAt ? (
            <>
              {code(record.seed)}
              <br />
              {t('lottery.drawnAt', moment(record.drawnAt))}
            </>
          ) : (
            t('lottery.seedHidden')
          ),
        )}
      </dl>
      <h2 className="mb-2 text-2xl font-bold">{t('lottery.rerunTitle')}</h2>
      <p className="mb-2 max-w-2xl">{t('lottery.algorithm')}</p>
      {command ? (
        <>
          <p className="mb-2 max-w-2xl">{t('lottery.rerun')}</p>
          <pre className="mb-6 overflow-x-auto bg-[#f3f2f1] p-3" dir="ltr">
            <code>{command}</code>
          </pre>
        </>
      ) : null}
      {record.order ? (
        <>
          <h2 className="mb-2 text-2xl font-bold">{t('lottery.orderTitle')}</h2>
          <ol className="mb-6 list-decimal ps-8 font-mono" dir="ltr">
            {record.order.map((reference) => (
              <li key={reference}>{reference}</li>
            ))}
          </ol>
        </>
      ) : null}
    </>
  );
}
