import { z } from 'zod';

const day = /^\d{4}-\d{2}-\d{2}$/;

/** What a caseworker asks for: the words the resident reads and the day to send it by (after today). */
export const infoRequestSchema = (today: string) =>
  z.object({
    request: z.string().trim().min(1, 'required').max(2000, 'tooLong'),
    dueOn: z
      .string()
      .regex(day, 'date')
      .refine((v) => v > today, 'dueAfterToday'),
  });

/** The resident's answer: words for now; documents join this step (branch docs). */
export const infoAnswerSchema = z.object({ answer: z.string().trim().min(1, 'required').max(4000, 'tooLong') });
