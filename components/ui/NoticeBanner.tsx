import type { ReactNode } from 'react';

const tones = {
  info: 'border-brand bg-[#e8f1f8]',
  warning: 'border-warning bg-[#fff7e0]',
  urgent: 'border-error bg-[#fbe9e7]',
  success: 'border-success bg-[#e6f2ec]',
} as const;

/**
 * A notice across the page. Urgent ones (disasters) use role="alert"; others are a labelled region
 * so they are found in the landmarks list without interrupting.
 */
export function NoticeBanner({ tone = 'info', title, children, headingLevel = 2 }: { tone?: keyof typeof tones; title: ReactNode; children?: ReactNode; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div role={tone === 'urgent' ? 'alert' : 'region'} aria-label={typeof title === 'string' ? title : undefined} className={`mb-6 border-s-8 p-4 ${tones[tone]}`}>
      <Heading className="text-lg font-bold">{title}</Heading>
      {children ? <div className="mt-1">{children}</div> : null}
    </div>
  );
}
