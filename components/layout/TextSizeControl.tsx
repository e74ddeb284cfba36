'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';

const sizes = ['normal', 'large', 'larger'] as const;
type Size = (typeof sizes)[number];
const STORAGE_KEY = 'text-size';

/**
 * Three text sizes, remembered on this device. public/text-size.js applies the stored choice before
 * the first paint. Without JavaScript the control is not shown and browser zoom (tested to 200%)
 * does the same job.
 */
export function TextSizeControl() {
  const t = useTranslations('TextSize');
  const [size, setSize] = useState<Size | null>(null);

  useEffect(() => {
    const stored = document.documentElement.dataset.textSize as Size | undefined;
    setSize(stored && sizes.includes(stored) ? stored : 'normal');
  }, []);

  if (size === null) return null;

  const choose = (next: Size) => {
    setSize(next);
    document.documentElement.dataset.textSize = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the size still applies to this page.
    }
  };

  return (
    <div role="group" aria-label={t('label')} className="flex items-center gap-1">
      {sizes.map((s, i) => (
        <button
          key={s}
          type="button"
          aria-pressed={size === s}
          onClick={() => choose(s)}
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
