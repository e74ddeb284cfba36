import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guards';
import { isLocale, languageTags, locales } from '@/lib/i18n/locales';
import { languageNameIn } from '@/lib/i18n/language-name';
import { consultationDirectory } from '@/lib/consultations/staff/day-list';
import { WalkInForm } from '@/components/admin/consultations/WalkInForm';
import Link from 'next/link';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.consultations.walkIn'))('title') };
}

export default async function WalkInPage() {
  const staff = await requirePermission('consultations:manage');
  const [raw, t] = await Promise.all([getLocale(), getTranslations('Admin.consultations.walkIn')]);
  const locale = isLocale(raw) ? raw : 'ko';
  const directory = await consultationDirectory(staff, locale);
  const isCounsellor = directory.counsellors.some((c) => c.id === staff.id);
  return (
    <div className="max-w-2xl">
      <p className="mb-2">
        <Link href="/admin/consultations">{t('back')}</Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6">{t('lead')}</p>
      <WalkInForm
        counsellors={directory.counsellors.map((c) => ({ value: c.id, label: c.name }))}
        topics={directory.topics.map((topic) => ({ value: topic.id, label: topic.title.text, lang: topic.title.isFallback ? languageTags[topic.title.locale] : undefined }))}
        languages={locales.map((l) => ({ value: l, label: languageNameIn(l, locale) }))}
        defaults={{ counsellorId: isCounsellor ? staff.id : undefined }}
      />
    </div>
  );
}
