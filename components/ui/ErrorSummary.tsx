'use client';

import { useEffect, useRef } from 'react';
import { fieldIds } from './Field';

/**
 * The GOV.UK error summary: at the top of the form, focused so screen readers announce it, each
 * error a link to its field. Without JavaScript `autoFocus` does it on the server-rendered page;
 * with it, React focuses only form controls by `autoFocus`, so an effect focuses the summary
 * when it appears or its errors change (a failed submit that stays on the page).
 */
export function ErrorSummary({ title, errors }: { title: string; errors: Record<string, string | undefined> }) {
  const entries = Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1]));
  const box = useRef<HTMLDivElement>(null);
  const signature = JSON.stringify(entries);
  useEffect(() => {
    if (signature !== '[]') box.current?.focus();
  }, [signature]);
  if (entries.length === 0) return null;
  return (
    <div ref={box} role="alert" aria-labelledby="error-summary-title" tabIndex={-1} autoFocus className="mb-8 border-4 border-error p-4">
      <h2 id="error-summary-title" className="text-xl font-bold">
        {title}
      </h2>
      <ul className="mt-2 list-none">
        {entries.map(([name, message]) => (
          <li key={name}>
            <a href={`#${fieldIds(name).input}`} className="font-semibold !text-error">
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
