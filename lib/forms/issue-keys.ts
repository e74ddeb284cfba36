import en from '@/messages/en.json';

/**
 * Zod issues carry message keys, never English (docs/decisions/003), but to TypeScript an issue's
 * message is any string. These guards turn it into a key of a messages namespace, checked against
 * the source catalogue (every locale has the same keys: tests/unit/messages.test.ts), so the
 * translators stay typed.
 */
export const isKeyOf =
  <Namespace extends object>(namespace: Namespace) =>
  (key: string): key is Extract<keyof Namespace, string> =>
    Object.hasOwn(namespace, key);

export type FormErrorKey = keyof typeof en.Forms.errors;

const isFormErrorKey = isKeyOf(en.Forms.errors);

/** The `Forms.errors` key an issue names; one the catalogue lacks reads as "Check this answer". */
export const formErrorKey = (key: string): FormErrorKey => (isFormErrorKey(key) ? key : 'invalid');

/** For translateIssues: the `Forms.errors` translator, taking an issue's message as it comes. */
export const formErrorText = (t: (key: FormErrorKey, values?: Record<string, number>) => string) => (key: string, values?: Record<string, number>) => t(formErrorKey(key), values);
