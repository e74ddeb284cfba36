'use client';

import { useEffect } from 'react';

/** Where "exit this page" goes: a site that says nothing about why someone was here. */
export const NEUTRAL_SITE = 'https://weather.naver.com/';

/**
 * GOV.UK's "Exit this page": someone at risk (domestic violence) can leave at once. With
 * JavaScript the page is replaced in the history (Back does not return to it) and pressing Shift
 * three times does the same; without it, it is a plain link to the neutral site.
 */
export function QuickExit({ label, hint }: { label: string; hint: string }) {
  useEffect(() => {
    let presses: number[] = [];
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Shift') return;
      const now = event.timeStamp;
      presses = [...presses.filter((t) => now - t < 1000), now];
      if (presses.length >= 3) window.location.replace(NEUTRAL_SITE);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="sticky top-0 z-20 -mt-4 mb-4 flex justify-end">
      <a
        href={NEUTRAL_SITE}
        rel="noreferrer nofollow"
        data-quick-exit
        aria-describedby="quick-exit-hint"
        onClick={(event) => {
          event.preventDefault();
          document.body.hidden = true;
          window.location.replace(NEUTRAL_SITE);
        }}
        className="inline-block min-h-11 bg-error px-4 py-2 font-bold !text-white no-underline shadow-[0_2px_0_#55150e] visited:!text-white"
      >
        {label}
      </a>
      <span id="quick-exit-hint" className="sr-only">
        {hint}
      </span>
    </div>
  );
}
