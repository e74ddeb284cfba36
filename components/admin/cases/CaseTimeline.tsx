import { getTranslations } from 'next-intl/server';
import { coreEvents } from '@/lib/cases/define';
import type { CaseDetail } from '@/lib/cases/staff-detail';
import type { Locale } from '@/lib/i18n/locales';
import { languageNameIn } from '@/lib/i18n/language-name';
import type { SentMessage } from '@/lib/hub/messages/sent';
import { registrationOf } from '@/lib/registry/services';
import { cityWallTime, cityZoneName, formatCityDate, formatCityTime } from '@/lib/time/seoul';

/**
 * The case's timeline, oldest first, each event named by its kind's declaration (or the core's),
 * with the lines the service adds under some of its events (`lines`, by event id).
 */
export async function CaseTimeline({
  detail,
  locale,
  messages,
  lines = new Map(),
}: {
  detail: CaseDetail;
  locale: Locale;
  messages: ReadonlyMap<string, SentMessage>;
  lines?: ReadonlyMap<string, readonly string[]>;
}) {
  const [t, tk, tc, tm] = await Promise.all([getTranslations('Admin.cases'), getTranslations('Cases'), getTranslations('Admin.consultations'), getTranslations('CaseHub.message')]);
  const kind = registrationOf(detail.kind)?.kind;
  const when = (at: Date) => `${formatCityDate(at, locale)} ${formatCityTime(at, locale)}`;
  const eventName = (type: string) => {
    if ((coreEvents as readonly string[]).includes(type)) return tk(`core.events.${type as 'note'}`);
    if (kind && (kind.events as readonly string[]).includes(type)) return tk(`${kind.kind as 'CONSULTATION'}.events.${type as 'booked'}`);
    return tk('core.otherEvent');
  };
  const statusName = (status: string) => (kind && (kind.statuses as readonly string[]).includes(status) ? tk(`${kind.kind as 'CONSULTATION'}.status.${status as 'SCHEDULED'}`) : status);
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="mb-3 text-2xl font-bold">
        {t('timelineHeading')}
      </h2>
      <p className="mb-3 text-sm text-muted">{tc('zoneNote', { zone: cityZoneName(locale, detail.createdAt) })}</p>
      <ol className="border-s-4 border-brand ps-4">
        {detail.events.map((e) => {
          const data = (e.data ?? {}) as { on?: unknown; from?: unknown; to?: unknown };
          const message = messages.get(e.id);
          return (
            <li key={e.id} className="mb-4">
              <p className="font-bold">{eventName(e.type)}</p>
              <p className="text-sm text-muted">
                <time dateTime={e.createdAt.toISOString()}>{when(e.createdAt)}</time> · {e.actor ? t('actedBy', { name: e.actor.name }) : t('byResident')}
              </p>
              {e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus ? <p className="text-sm">{t('statusChange', { from: statusName(e.fromStatus), to: statusName(e.toStatus) })}</p> : null}
              {e.type === 'rescheduled' && typeof data.from === 'string' && typeof data.to === 'string' ? (
                <p className="text-sm">{t('rescheduledFromTo', { from: when(new Date(data.from)), to: when(new Date(data.to)) })}</p>
              ) : null}
              {typeof data.on === 'string' ? <p className="text-sm">{t('followUpValue', { date: formatCityDate(cityWallTime(data.on, '12:00'), locale) })}</p> : null}
              {message ? (
                <p className="text-sm">
                  {tm('timeline', { template: message.templateKey, revision: message.revision, language: languageNameIn(message.locale, locale) })} ·{' '}
                  <strong>{tm(`delivery.${message.delivery}`)}</strong>
                </p>
              ) : null}
              {(lines.get(e.id) ?? []).map((line, i) => (
                <p key={i} className="text-sm">
                  {line}
                </p>
              ))}
              {e.note && e.type !== 'outcome' ? <p className="whitespace-pre-wrap text-sm">{e.note}</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
