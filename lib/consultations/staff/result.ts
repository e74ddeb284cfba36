import type { z } from 'zod';

/** Why the data layer refused a change; each is a key of `Admin.consultations.problems`. */
export type Refusal =
  | 'notFound'
  | 'notBooked'
  | 'notActive'
  | 'notYetStarted'
  | 'belowBooked'
  | 'notCounsellor'
  | 'unknownTopic'
  | 'unknownCenter';

/** A change's result: done (with what it made), invalid input (zod issues with message keys) or refused. */
export type StaffResult<T extends object = object> =
  | ({ ok: true } & T)
  | { ok: false; invalid: z.ZodError }
  | { ok: false; refused: Refusal; values?: Record<string, number | string> };

export const refused = (reason: Refusal, values?: Record<string, number | string>) => ({ ok: false, refused: reason, values }) as const;
export const invalid = (error: z.ZodError) => ({ ok: false, invalid: error }) as const;
