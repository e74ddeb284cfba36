import { Link } from '@/lib/i18n/navigation';

/**
 * Previous / page numbers / next, as links so they work without JavaScript and can be opened in
 * a new tab. Labels come from the caller's messages.
 */
export function Pagination({
  label,
  previousLabel,
  nextLabel,
  pageLabel,
  page,
  pageCount,
  hrefFor,
}: {
  label: string;
  previousLabel: string;
  nextLabel: string;
  pageLabel: (page: number) => string;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1).filter((p) => p === 1 || p === pageCount || Math.abs(p - page) <= 1);
  return (
    <nav aria-label={label} className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" className="inline-block p-2">
              <span aria-hidden="true">‹ </span>
              {previousLabel}
            </Link>
          </li>
        ) : null}
        {pages.map((p, index) => (
          <li key={p} className="flex items-center gap-2">
            {index > 0 && p - (pages[index - 1] ?? p) > 1 ? <span aria-hidden="true">…</span> : null}
            {p === page ? (
              <span aria-current="page" className="inline-block min-w-11 bg-ink p-2 text-center font-bold text-white">
                <span className="sr-only">{pageLabel(p)}</span>
                <span aria-hidden="true">{p}</span>
              </span>
            ) : (
              <Link href={hrefFor(p)} aria-label={pageLabel(p)} className="inline-block min-w-11 p-2 text-center">
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" className="inline-block p-2">
              {nextLabel}
              <span aria-hidden="true"> ›</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
