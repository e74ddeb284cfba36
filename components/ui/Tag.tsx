import type { ReactNode } from 'react';

export type TagTone = 'neutral' | 'info' | 'success' | 'warning' | 'error';

// Dark text on light tints: each pair is above 4.5:1.
const tones: Record<TagTone, string> = {
  neutral: 'bg-[#e5e6e7] text-[#262828]',
  info: 'bg-[#d2e2f1] text-[#0c2d4a]',
  success: 'bg-[#cce2d8] text-[#005a30]',
  warning: 'bg-[#fff7bf] text-[#594d00]',
  error: 'bg-[#f4cdc6] text-[#2a0b06]',
};

/** A status label. The status is in the text, never in the colour alone. */
export function Tag({ tone = 'neutral', children }: { tone?: TagTone; children: ReactNode }) {
  return <strong className={`inline-block px-2 py-0.5 text-sm font-bold tracking-wide ${tones[tone]}`}>{children}</strong>;
}
