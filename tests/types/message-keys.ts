// Type test, checked by `tsc --noEmit` (not run): message keys are typed from messages/en.json
// (global.d.ts), so a key that is not in the catalogue does not compile. Each `@ts-expect-error`
// fails the type check if the line below it ever compiles, i.e. if the keys stop being typed.
import { useTranslations } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { pickMessages } from '@/lib/i18n/client-messages';

export async function serverKeys() {
  const t = await getTranslations('Admin');
  t('nav.home');
  // @ts-expect-error: no such key under Admin
  t('nav.nowhere');
  // @ts-expect-error: no such namespace
  await getTranslations('Nowhere');
  const scoped = await getTranslations({ locale: 'ko', namespace: 'Forms' });
  // @ts-expect-error: a key of another namespace
  scoped('nav.home');
}

export function ClientKeys() {
  const t = useTranslations('Admin.signIn');
  // @ts-expect-error: misspelt key
  return t('submitt');
}

export function DynamicKeys(channel: 'VISIT' | 'PHONE' | 'VIDEO', other: string) {
  const t = useTranslations('Admin.consultations');
  t(`channel.${channel}`);
  // @ts-expect-error: a key built from any string is not known to exist
  t(`channel.${other}`);
  return null;
}

export function pickedPaths(messages: Parameters<typeof pickMessages>[0]) {
  pickMessages(messages, ['Admin.verify', 'Forms']);
  // @ts-expect-error: the browser cannot be sent a namespace that does not exist
  pickMessages(messages, ['Admin.nowhere']);
}

// @ts-expect-error: locales are typed too
export const locale: import('next-intl').Locale = 'xx';
