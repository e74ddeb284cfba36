import type { AbstractIntlMessages } from 'use-intl/core';
import type { Locale } from '@/lib/i18n/locales';
import bn from '@/messages/bn.json';
import en from '@/messages/en.json';
import fil from '@/messages/fil.json';
import id from '@/messages/id.json';
import km from '@/messages/km.json';
import ko from '@/messages/ko.json';
import lo from '@/messages/lo.json';
import mn from '@/messages/mn.json';
import my from '@/messages/my.json';
import ne from '@/messages/ne.json';
import ru from '@/messages/ru.json';
import si from '@/messages/si.json';
import th from '@/messages/th.json';
import ur from '@/messages/ur.json';
import uz from '@/messages/uz.json';
import vi from '@/messages/vi.json';
import zh from '@/messages/zh.json';

/**
 * Every locale's messages, imported statically so rendering an email is synchronous (the
 * dispatcher and queueMessage run outside any request, where next-intl's request config does not
 * apply). The files are small; all 17 together are about 110 kB.
 */
const catalogs: Record<Locale, AbstractIntlMessages> = {
  ko,
  en,
  zh,
  vi,
  ru,
  uz,
  id,
  km,
  ne,
  th,
  fil,
  mn,
  my,
  si,
  bn,
  lo,
  ur,
};

export function messagesFor(locale: Locale): AbstractIntlMessages {
  return catalogs[locale];
}
