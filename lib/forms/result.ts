import type { z } from 'zod';

/**
 * What a data-layer change returns: done (with what it made), invalid input (zod issues carrying
 * message keys) or refused for a reason the domain names (a message key of its own). Actions turn
 * it into form state or a notice; the action pipeline audits every refusal (lib/actions).
 */
export type DataResult<T extends object = object, R extends string = string> =
  ({ ok: true } & T) | { ok: false; invalid: z.ZodError } | { ok: false; refused: R; values?: Record<string, number | string> };

export const refused = <R extends string>(reason: R, values?: Record<string, number | string>) => ({ ok: false, refused: reason, values }) as const;
export const invalid = (error: z.ZodError) => ({ ok: false, invalid: error }) as const;
