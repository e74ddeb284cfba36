/**
 * RFC 5545 §3.1: a content line longer than 75 octets is folded (CRLF, then one space), and a
 * fold must not split a multi-octet UTF-8 character. The `ics` package folds every 75
 * characters, so a line of Burmese, Khmer or Lao (three octets a character) reached 183 octets
 * and strict calendar apps reject or garble it. This unfolds its output and folds it again by
 * octets, cutting only between code points.
 */
const MAX_OCTETS = 75;
const octets = (text: string) => Buffer.byteLength(text, 'utf8');

function foldLine(line: string): string {
  if (octets(line) <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  // The first line holds 75 octets; each continuation starts with the space, so 74 more.
  let room = MAX_OCTETS;
  for (const character of line) {
    const length = octets(character);
    if (size + length > room) {
      parts.push(current);
      current = '';
      size = 0;
      room = MAX_OCTETS - 1;
    }
    current += character;
    size += length;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function foldByOctets(ics: string): string {
  // Text values are escaped (a newline in a description is "\n"), so a raw CRLF is only ever a
  // line end, and CRLF + space or tab only ever a fold.
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map(foldLine)
    .join('\r\n');
}
