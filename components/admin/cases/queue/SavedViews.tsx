import { getTranslations } from 'next-intl/server';
import { filterParams, type QueueFilter } from '@/lib/cases/queue/filters';
import type { SavedView } from '@/lib/cases/queue/list-views';
import { deleteViewAction, renameViewAction, saveViewAction } from '@/lib/hub/actions/views';

const problems = ['required', 'tooLong', 'viewNotFound', 'mayNotShare', 'tooManyViews'] as const;
type Problem = (typeof problems)[number];
const isProblem = (value: unknown): value is Problem => typeof value === 'string' && (problems as readonly string[]).includes(value);
const field = 'mt-1 block w-full min-h-11 border-2 border-ink bg-white p-2';

/** The current filters as hidden fields, so a post about views comes back to the same queue. */
function CurrentFilters({ filter }: { filter: QueueFilter }) {
  return [...filterParams(filter).entries()].map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}

type Props = { views: SavedView[]; filter: QueueFilter; current?: string; mayShare: boolean; notice: Record<string, string | undefined> };

/**
 * The staff member's own views and the shared ones, as links to the queue they open, with a form
 * to save the current filters and, for views they may manage, rename and delete (in a disclosure,
 * so the list stays short; all of it works without JavaScript).
 */
export async function SavedViews({ views, filter, current, mayShare, notice }: Props) {
  const t = await getTranslations('CaseHub.views');
  const problem = isProblem(notice.problem) ? notice.problem : undefined;
  const saveError = problem && !notice.renaming ? t(`errors.${problem}`) : undefined;
  const groups = [
    { key: 'mine', title: t('mine'), items: views.filter((v) => !v.shared) },
    { key: 'shared', title: t('shared'), items: views.filter((v) => v.shared) },
  ];
  return (
    <section aria-labelledby="views-heading" className="mb-8 border-2 border-line p-4">
      <h2 id="views-heading" className="mb-3 text-2xl font-bold">
        {t('heading')}
      </h2>
      {views.length === 0 ? <p className="mb-3">{t('none')}</p> : null}
      {groups.map((group) =>
        group.items.length > 0 ? (
          <div key={group.key} className="mb-4">
            <h3 className="mb-1 text-lg font-bold">{group.title}</h3>
            <ul className="grid gap-2">
              {group.items.map((view) => (
                <li key={view.id}>
                  <a href={`/admin/cases?${view.query}`} aria-current={view.id === current ? 'page' : undefined} className={view.id === current ? 'font-bold' : undefined}>
                    {view.name}
                  </a>
                  {view.id === current ? <span className="ms-2">{t('current')}</span> : null}
                  {view.manageable ? (
                    <details className="mt-1 ms-4" open={notice.renaming === view.id}>
                      <summary className="cursor-pointer">{t('manage', { name: view.name })}</summary>
                      <form action={renameViewAction} className="mt-2 flex flex-wrap items-end gap-3">
                        <CurrentFilters filter={filter} />
                        <input type="hidden" name="viewId" value={view.id} />
                        <div>
                          <label htmlFor={`rename-${view.id}`} className="font-semibold">
                            {t('newName')}
                          </label>
                          {problem && notice.renaming === view.id ? (
                            <p id={`rename-${view.id}-error`} className="font-bold text-error">
                              {t(`errors.${problem}`)}
                            </p>
                          ) : null}
                          <input
                            id={`rename-${view.id}`}
                            name="name"
                            defaultValue={view.name}
                            required
                            maxLength={80}
                            aria-describedby={problem && notice.renaming === view.id ? `rename-${view.id}-error` : undefined}
                            className={field}
                          />
                        </div>
                        <button type="submit" className="min-h-11 border-2 border-ink px-3 font-semibold">
                          {t('rename')}
                        </button>
                      </form>
                      <form action={deleteViewAction} className="mt-2">
                        <CurrentFilters filter={filter} />
                        <input type="hidden" name="viewId" value={view.id} />
                        <button type="submit" className="min-h-11 border-2 border-error px-3 font-semibold">
                          {t('delete')}
                        </button>
                      </form>
                    </details>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
      <form action={saveViewAction} className="mt-4 border-t-2 border-line pt-4">
        <h3 className="mb-2 text-lg font-bold">{t('saveHeading')}</h3>
        <CurrentFilters filter={filter} />
        <label htmlFor="view-name" className="font-semibold">
          {t('name')}
        </label>
        {saveError ? (
          <p id="view-name-error" className="font-bold text-error">
            {saveError}
          </p>
        ) : null}
        <input
          id="view-name"
          name="name"
          defaultValue={notice.viewName}
          required
          maxLength={80}
          aria-invalid={saveError ? true : undefined}
          aria-describedby={saveError ? 'view-name-error' : undefined}
          className={field}
        />
        {mayShare ? (
          <div className="mt-3 flex items-center gap-2">
            <input id="view-shared" type="checkbox" name="shared" value="yes" className="size-6" />
            <label htmlFor="view-shared">{t('share')}</label>
          </div>
        ) : null}
        <button type="submit" className="mt-3 min-h-11 bg-ink px-4 font-semibold text-white">
          {t('save')}
        </button>
      </form>
    </section>
  );
}
