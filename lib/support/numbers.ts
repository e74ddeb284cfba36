// Zero of each decimal digit block residents may type in: Arabic-Indic, Extended (Urdu),
// Devanagari (Nepali), Bengali, Sinhala, Thai, Lao, Myanmar, Khmer, Mongolian, full-width.
const zeros = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0de6, 0x0e50, 0x0ed0, 0x1040, 0x17e0, 0x1810, 0xff10];

/** Digits of any of the portal's scripts as ASCII, so "၁၂၀၀၀၀၀" and "১২০০০০০" read as 1200000. */
export function asciiDigits(value: string): string {
  return value.replace(/\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0)!;
    const zero = zeros.find((z) => code >= z && code <= z + 9);
    return zero === undefined ? digit : String(code - zero);
  });
}

/**
 * A whole amount or count as people type it: digits in their own script, with spaces, commas,
 * dots or "₩" between groups. Null when it is not a whole number in range.
 */
export function parseWhole(raw: unknown, { max }: { max: number }): number | null {
  if (typeof raw !== 'string') return null;
  const cleaned = asciiDigits(raw.normalize('NFKC')).replace(/[\s,.'_₩원]/g, '');
  if (!/^\d{1,13}$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return value <= max ? value : null;
}
