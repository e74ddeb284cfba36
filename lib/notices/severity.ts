/** A notice's weight, most pressing first: urgent ones show on every public page (docs/decisions/025). */
export const severities = ['URGENT', 'WARNING', 'INFO'] as const;
export type NoticeSeverity = (typeof severities)[number];

export const isSeverity = (value: unknown): value is NoticeSeverity => typeof value === 'string' && (severities as readonly string[]).includes(value);

/** The banner's tone for each severity (components/ui/NoticeBanner.tsx). */
export const severityTone = { URGENT: 'urgent', WARNING: 'warning', INFO: 'info' } as const satisfies Record<NoticeSeverity, string>;
