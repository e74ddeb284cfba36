import { z } from 'zod';
import { isDayKey } from '@/lib/time/seoul';

/**
 * The queue's filters as they live in the URL (GET form: shareable, bookmarkable, the back button
 * works) and in saved views. Every field is optional and a value that does not parse is dropped,
 * so an old bookmark or a hand-edited URL shows the queue rather than an error. Which kinds and
 * statuses exist is the registry's to say: checked by the caller (lib/cases/queue/where.ts).
 */
const text = (max: number, pattern: RegExp) => z.string().trim().max(max).regex(pattern).optional().catch(undefined);
const day = z
  .string()
  .refine((value) => isDayKey(value))
  .optional()
  .catch(undefined);
const id = /^[A-Za-z0-9_-]{1,64}$/;

export const queueFilterSchema = z.object({
  kind: text(32, /^[A-Z_]+$/),
  status: text(40, /^[A-Z_]+$/),
  state: z.enum(['open', 'closed']).optional().catch(undefined),
  lang: text(16, /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/),
  nat: text(2, /^[A-Z]{2}$/),
  /** "me", "unassigned" or a staff member's id. */
  assignee: text(64, id),
  centre: text(64, id),
  interp: z.enum(['yes', 'no']).optional().catch(undefined),
  createdFrom: day,
  createdTo: day,
  updatedFrom: day,
  updatedTo: day,
  q: z
    .string()
    .transform((value) => value.normalize('NFC').trim())
    .pipe(z.string().max(120))
    .optional()
    .catch(undefined),
  sort: z.enum(['created', 'updated']).catch('created'),
});
export type QueueFilter = z.infer<typeof queueFilterSchema>;

/** The filters a saved view stores: every filter, without the page position. */
export const filterKeys = Object.keys(queueFilterSchema.shape) as (keyof QueueFilter)[];

type RawParams = Record<string, string | string[] | undefined>;

/** The first value of each parameter (a repeated parameter is someone's typo, not a list). */
export function firstValues(params: RawParams): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params)
      .map(([key, value]) => [key, Array.isArray(value) ? value[0] : value] as const)
      .filter((entry): entry is readonly [string, string] => typeof entry[1] === 'string' && entry[1] !== ''),
  );
}

export function parseQueueFilter(params: RawParams | Record<string, unknown>): QueueFilter {
  const values = firstValues(params as RawParams);
  const parsed = queueFilterSchema.parse(values);
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined && value !== '')) as QueueFilter;
}

/** The filters as URL parameters (no defaults, no empties), for links, saved views and the pager. */
export function filterParams(filter: QueueFilter, extra: Record<string, string | undefined> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filter[key];
    if (value === undefined || value === '' || (key === 'sort' && value === 'created')) continue;
    params.set(key, String(value));
  }
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  return params;
}
