'use client';

import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';

const sizes = ['normal', 'large', 'larger'] as const;
type Size = (typeof sizes)[number];
const STORAGE_KEY = 'text-size';

// The chosen size lives on <html data-text-size> (set before first paint by public/text-size.js);
// the control reads it from there and tells its subscribers when it changes.
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const isSize = (value: string | undefined): value is Size => sizes.includes(value as Size);
const currentSize = (): Size => {
  const stored = document.documentElement.dataset.textSize;
  return isSize(stored) ? stored : 'normal';
};
// On the server and while hydrating the size is unknown: the control renders nothing until then.
const unknownSize = () => null;

function applySize(next: Size) {
  document.documentElement.dataset.textSize = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Private mode: the size still applies to this page.
  }
  for (const listener of listeners) listener();
}

/**
 * Three text sizes, remembered on this device. public/text-size.js applies the stored choice before
 * the first paint. Without JavaScript the control is not shown and browser zoom (tested to 200%)
 * does the same job.
 */
export function TextSizeControl() {
  const t = useTranslations('TextSize');
  const size = useSyncExternalStore(subscribe, currentSize, unknownSize);

  if (size === null) return null;

  return (
    <div role="group" aria-label={t('label')} className="flex items-center gap-1">
      {sizes.map((s, i) => (
        <button
          key={s}
          type="button"
          aria-pressed={size === s}
          onClick={() => applySize(s)}
          className={`min-h-11 min-w-11 border-2 border-white px-2 font-bold ${size === s ? 'bg-white text-brand-dark' : ''}`}
          style={{ fontSize: `${1 + i * 0.15}rem` }}
        >
          <span aria-hidden="true">A</span>
          <span className="sr-only">{t(s)}</span>
        </button>
      ))}
    </div>
  );
}
