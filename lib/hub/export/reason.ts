import { z } from 'zod';
import { requiredText } from '@/lib/forms/fields';

/** Why someone exports cases: at least 10 characters, kept in the audit log (SECURITY.md 21). */
export const exportReasonSchema = requiredText(500).pipe(z.string().min(10, 'tooShort'));
