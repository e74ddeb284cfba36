/**
 * Words for the search index, cut the same way for articles and for queries (Intl.Segmenter,
 * ICU's dictionaries for Thai, Lao, Khmer, Burmese, Chinese and Japanese). Scripts written without
 * spaces between words, and Korean, whose words carry their particles ("안산시에서"), also get
 * their two-character pieces (and single characters), so a word is found inside a longer one
 * where the segmenter cut differently. Terms are prefixed by kind: w: word, b: pair, u: single.
 */
const words = new Intl.Segmenter('und', { granularity: 'word' });
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

const glued = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

// Longer words are not worth a row of their own: nobody types them, and they bloat the index.
const MAX_WORD = 64;

export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function wordsOf(text: string): string[] {
  return [...words.segment(normalise(text))].filter((s) => s.isWordLike && s.segment.length <= MAX_WORD).map((s) => s.segment);
}

export const graphemesOf = (word: string) => [...graphemes.segment(word)].map((g) => g.segment);

export const isGlued = (word: string) => glued.test(word);

export function pairsOf(word: string): string[] {
  const chars = graphemesOf(word);
  return chars.slice(0, -1).map((char, i) => `${char}${chars[i + 1]}`);
}

/** Every term a text is found by. */
export function indexTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const word of wordsOf(text)) {
    terms.add(`w:${word}`);
    if (!isGlued(word)) continue;
    for (const char of graphemesOf(word)) terms.add(`u:${char}`);
    for (const pair of pairsOf(word)) terms.add(`b:${pair}`);
  }
  return terms;
}

/**
 * How one query word can match: its own term, or (glued scripts) all of its pieces, which the
 * caller then checks against the text, since pieces alone may come from different words.
 */
export function queryAlternatives(word: string): { exact: string; pieces: string[] } {
  if (!isGlued(word)) return { exact: `w:${word}`, pieces: [] };
  const chars = graphemesOf(word);
  return { exact: `w:${word}`, pieces: chars.length === 1 ? [`u:${word}`] : pairsOf(word).map((pair) => `b:${pair}`) };
}
