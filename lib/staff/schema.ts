import { z } from 'zod';
import { emailField, requiredLine } from '@/lib/forms/fields';
import { isLocale } from '@/lib/i18n/locales';
import { isRole } from '@/lib/auth/roles';

/** What an administrator may set on a staff account; anything else in the form is ignored. */
export const staffProfileSchema = z.object({
  name: requiredLine(100),
  roles: z
    .array(z.string())
    .transform((values) => [...new Set(values.filter(isRole))])
    .refine((values) => values.length > 0, 'choose'),
  languages: z.array(z.string()).transform((values) => [...new Set(values.filter(isLocale))]),
  locale: z.string().refine(isLocale, 'choose'),
});

export const staffInviteSchema = staffProfileSchema.extend({ email: emailField });

export function staffFormInput(formData: FormData) {
  return {
    name: formData.get('name') ?? '',
    email: formData.get('email') ?? '',
    roles: formData.getAll('roles').map(String),
    languages: formData.getAll('languages').map(String),
    locale: formData.get('locale') ?? '',
  };
}
