import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { alternatesFor } from '@/lib/i18n/metadata';
import { answers, parseAnswers, suggestLevel, type Answers } from '@/lib/classes/level-check';
import { Choices } from '@/components/ui/Choices';
import { Button, ButtonLink } from '@/components/ui/Button';
import { NoticeBanner } from '@/components/ui/NoticeBanner';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Classes.levelCheck' }))('title'), alternates: alternatesFor(locale, '/classes/level-check') };
}

const optionKey = {
  hangul: { none: 'hangulNone', some: 'hangulSome', fluent: 'hangulFluent' },
  speak: { none: 'speakNone', basic: 'speakBasic', work: 'speakWork' },
  goal: { everyday: 'goalEveryday', kiip: 'goalKiip', topik: 'goalTopik' },
} as const;

/** Three questions as a GET form (no JavaScript, nothing saved); the answer names a level and says why. */
export default async function LevelCheckPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const given = parseAnswers(query);
  const complete = given.hangul && given.speak && given.goal;
  const asked = 'hangul' in query || 'speak' in query || 'goal' in query;
  const t = await getTranslations('Classes');
  const suggestion = complete ? suggestLevel(given as Answers) : null;
  const question = <Q extends keyof typeof answers>(q: Q) => (
    <Choices
      name={q}
      type="radio"
      legend={t(`levelCheck.${q as 'hangul'}`)}
      selected={given[q]}
      choices={answers[q].map((value) => ({ value, label: t(`levelCheck.${(optionKey[q] as Record<string, string>)[value] as 'hangulNone'}`) }))}
    />
  );
  return (
    <>
      <h1 className="mb-2 text-3xl font-bold">{t('levelCheck.title')}</h1>
      <p className="mb-6">{t('levelCheck.lead')}</p>
      {suggestion ? (
        <NoticeBanner tone="success" title={t('levelCheck.result', { level: t(`levels.${suggestion.level}.name`) })}>
          <ul className="mb-2 list-disc ps-6">
            {suggestion.reasons.map((reason) => (
              <li key={reason}>{t(`levelCheck.why.${reason}`)}</li>
            ))}
          </ul>
          <p className="mb-3">{t('levelCheck.note')}</p>
          <ButtonLink href={`/classes?level=${suggestion.level}`}>{t('levelCheck.seeClasses')}</ButtonLink>
        </NoticeBanner>
      ) : asked ? (
        <NoticeBanner tone="warning" title={t('levelCheck.answerAll')} />
      ) : null}
      <form method="get" action={`/${locale}/classes/level-check`} className="space-y-6">
        {question('hangul')}
        {question('speak')}
        {question('goal')}
        <Button>{t('levelCheck.submit')}</Button>
      </form>
    </>
  );
}
