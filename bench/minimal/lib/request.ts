import { getRequestConfig } from 'next-intl/server';

export const locales = ['ko', 'en', 'my', 'ur'] as const;
export type Locale = (typeof locales)[number];

const messages: Record<Locale, { title: string; lead: string }> = {
  ko: { title: '외국인주민 서비스', lead: '상담 예약, 한국어 교실, 긴급 지원을 원하는 언어로 이용하세요.' },
  en: { title: 'Foreign Resident Services', lead: 'Book a consultation, learn Korean and find emergency support, in your language.' },
  my: { title: 'နိုင်ငံခြားသား နေထိုင်သူ ဝန်ဆောင်မှုများ', lead: 'သင့်ဘာသာစကားဖြင့် အကြံဉာဏ်ရယူပါ၊ ကိုရီးယားဘာသာ လေ့လာပါ။' },
  ur: { title: 'غیر ملکی رہائشیوں کی خدمات', lead: 'اپنی زبان میں مشاورت بک کریں، کوریائی سیکھیں اور ہنگامی مدد حاصل کریں۔' },
};

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale: Locale = locales.find((l) => l === requested) ?? 'en';
  return { locale, messages: { Page: messages[locale] } };
});
