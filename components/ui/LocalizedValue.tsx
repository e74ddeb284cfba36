import { languageTags } from '@/lib/i18n/locales';
import type { ResolvedText } from '@/lib/i18n/localized-text';

/**
 * Staff-written text in the language it was found in. When it fell back, the text carries its own
 * `lang` (so it is pronounced and shaped right) and, unless the caller shows one note for a whole
 * block, a short note saying so.
 */
export function LocalizedValue({ value, fallbackNote, as: Tag = 'span' }: { value: ResolvedText; fallbackNote?: string; as?: 'span' | 'p' | 'div' }) {
  return (
    <>
      <Tag lang={value.isFallback ? languageTags[value.locale] : undefined}>{value.text}</Tag>
      {value.isFallback && fallbackNote ? <span className="ms-2 text-sm text-muted">({fallbackNote})</span> : null}
    </>
  );
}
