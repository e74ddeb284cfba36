/**
 * Text as people type it, made safe to store and show once, in the shared field schemas.
 *
 * - NFC, so the same Vietnamese or Korean word typed on two keyboards compares equal.
 * - No control characters except newline and tab: a NUL is an error in PostgreSQL text and
 *   invisible everywhere else; carriage returns become newlines.
 * - In single-line values (names, references) no bidirectional embedding, override or isolate
 *   characters: "U+202E" turns "Ali‮txt.exe" around on a staff screen. The marks U+200E/U+200F
 *   stay, since Urdu text legitimately uses them.
 */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function cleanMultiline(value: string): string {
  return value.normalize('NFC').replace(/\r\n?/g, '\n').replace(CONTROLS, '');
}

export function cleanSingleLine(value: string): string {
  return cleanMultiline(value)
    .replace(/[\n\t]+/g, ' ')
    .replace(BIDI_CONTROLS, '');
}

/**
 * What a form shows again after an error is at most this long: a 100,000-character name is
 * refused at the field and not echoed into a 300 KB page. Longer than any field allows, so a
 * value just over its limit comes back whole for the person to shorten.
 */
export const ECHO_LIMIT = 5_000;

export const boundedEcho = (value: string) => (value.length > ECHO_LIMIT ? value.slice(0, ECHO_LIMIT) : value);
