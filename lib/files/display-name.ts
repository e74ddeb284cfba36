/**
 * A file's name as the resident's browser sent it, kept only as text to show in receipts and to
 * staff: never a path, never part of a storage key. A browser sends the bare name; one holding a
 * directory part (`../../x.pdf`, `C:\x.pdf`) or control characters was made by hand and is refused.
 */
const MAX_NAME = 120;
// C0/C1 controls and the bidirectional overrides that could make "exe.pdf" read as "fdp.exe".
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export function displayName(raw: string): string | null {
  const name = raw.normalize('NFC').trim();
  if (!name || UNSAFE.test(name) || /[/\\]/.test(name) || name === '.' || name === '..') return null;
  if (name.length <= MAX_NAME) return name;
  // Long names keep their extension, which is what people recognise.
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  return `${name.slice(0, MAX_NAME - ext.length - 1)}…${ext}`;
}
