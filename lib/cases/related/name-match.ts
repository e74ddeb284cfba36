/**
 * Names as people write them differ in case, accents, spacing and order ("Nguyễn Văn An",
 * "nguyen van an", "An Nguyen Van"): compared as sets of words, accents and case removed.
 * Similar means the same words in any order, or one name's words all inside the other's when
 * it has at least two (a middle name left out). Deliberately strict: a flag is work for a person.
 */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function similarNames(a: string, b: string): boolean {
  const [x, y] = [new Set(nameWords(a)), new Set(nameWords(b))];
  if (x.size === 0 || y.size === 0) return false;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  const inside = [...small].every((word) => large.has(word));
  return inside && (small.size === large.size || small.size >= 2);
}

/** The word most likely to narrow a search for candidates: the longest. */
export const longestWord = (name: string) => nameWords(name).sort((p, q) => q.length - p.length)[0] ?? '';
