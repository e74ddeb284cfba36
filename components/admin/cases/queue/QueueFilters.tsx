import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { CaseKind } from '@/lib/cases/define';
import type { QueueFilter } from '@/lib/cases/queue/filters';
import { queueNationalities } from '@/lib/cases/queue/options';
import { locales } from '@/lib/i18n/locales';
import type { QueueNames } from './names';

type Option = { value: string; label: string };
const field = 'mt-1 block w-full min-h-11 border-2 border-ink bg-white p-2';

function Choice({ id, name, label, value, options }: { id: string; name: string; label: string; value?: string; options: Option[] }) {
  return (
    <div>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ''} className={field}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Day({ id, name, label, value }: { id: string; name: string; label: string; value?: string }) {
  return (
    <div>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <input id={id} type="date" name={name} defaultValue={value} className={field} />
    </div>
  );
}

/**
 * The queue's filters as a GET form: the URL is the state, so a filtered queue can be shared,
 * bookmarked and gone back to, and it works without JavaScript. Submitting starts at page one.
 */
export async function QueueFilters(props: { filter: QueueFilter; kinds: readonly CaseKind[]; names: QueueNames; staff: { id: string; name: string }[]; centres: { id: string; name: string }[] }) {
  const { filter, kinds, names, staff, centres } = props;
  const t = await getTranslations('CaseHub.queue');
  const statuses = [
    ...new Map(kinds.filter((k) => !filter.kind || k.kind === filter.kind).flatMap((k) => (k.statuses as readonly string[]).map((s) => [s, names.status(k.kind, s)] as const))).entries(),
  ];
  return (
    <form method="get" action="/admin/cases" aria-labelledby="queue-filters-heading" className="mb-8">
      <h2 id="queue-filters-heading" className="mb-3 text-2xl font-bold">
        {t('filtersHeading')}
      </h2>
      <div className="mb-4">
        <label htmlFor="queue-q" className="font-semibold">
          {t('search')}
        </label>
        <p id="queue-q-hint" className="text-muted">
          {t('searchHint')}
        </p>
        <input id="queue-q" type="search" name="q" defaultValue={filter.q} maxLength={120} aria-describedby="queue-q-hint" className={field} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Choice
          id="queue-kind"
          name="kind"
          label={t('service')}
          value={filter.kind}
          options={[{ value: '', label: t('anyService') }, ...kinds.map((k) => ({ value: k.kind, label: names.kind(k.kind) }))]}
        />
        <Choice id="queue-status" name="status" label={t('status')} value={filter.status} options={[{ value: '', label: t('anyStatus') }, ...statuses.map(([value, label]) => ({ value, label }))]} />
        <Choice
          id="queue-state"
          name="state"
          label={t('state')}
          value={filter.state}
          options={[
            { value: '', label: t('stateAny') },
            { value: 'open', label: t('stateOpen') },
            { value: 'closed', label: t('stateClosed') },
          ]}
        />
        <Choice
          id="queue-assignee"
          name="assignee"
          label={t('assignee')}
          value={filter.assignee}
          options={[{ value: '', label: t('anyAssignee') }, { value: 'me', label: t('me') }, { value: 'unassigned', label: t('unassigned') }, ...staff.map((s) => ({ value: s.id, label: s.name }))]}
        />
        <Choice
          id="queue-lang"
          name="lang"
          label={t('language')}
          value={filter.lang}
          options={[{ value: '', label: t('anyLanguage') }, ...locales.map((l) => ({ value: l, label: names.language(l) }))]}
        />
        <Choice
          id="queue-nat"
          name="nat"
          label={t('nationality')}
          value={filter.nat}
          options={[{ value: '', label: t('anyNationality') }, ...queueNationalities.map((n) => ({ value: n, label: names.nationality(n) }))]}
        />
        <Choice id="queue-centre" name="centre" label={t('centre')} value={filter.centre} options={[{ value: '', label: t('anyCentre') }, ...centres.map((c) => ({ value: c.id, label: c.name }))]} />
        <Choice
          id="queue-interp"
          name="interp"
          label={t('interpreter')}
          value={filter.interp}
          options={[
            { value: '', label: t('interpreterAny') },
            { value: 'yes', label: t('interpreterYes') },
            { value: 'no', label: t('interpreterNo') },
          ]}
        />
        <Day id="queue-created-from" name="createdFrom" label={t('createdFrom')} value={filter.createdFrom} />
        <Day id="queue-created-to" name="createdTo" label={t('createdTo')} value={filter.createdTo} />
        <Day id="queue-updated-from" name="updatedFrom" label={t('updatedFrom')} value={filter.updatedFrom} />
        <Day id="queue-updated-to" name="updatedTo" label={t('updatedTo')} value={filter.updatedTo} />
        <Choice
          id="queue-sort"
          name="sort"
          label={t('sort')}
          value={filter.sort}
          options={[
            { value: 'created', label: t('sortCreated') },
            { value: 'updated', label: t('sortUpdated') },
          ]}
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="min-h-11 bg-ink px-4 font-semibold text-white">
          {t('apply')}
        </button>
        <Link href="/admin/cases">{t('clear')}</Link>
      </div>
    </form>
  );
}
