/**
 * A position in the queue: the sort key and id of a row shown (keyset pagination). The next page
 * starts after the last row and the previous page ends before the first, so a case that arrives
 * meanwhile (newer than every row shown) never shifts, repeats or hides a row, and a deep page
 * costs what the first costs. Opaque in the URL, parsed strictly: a bad cursor is no cursor.
 */
export type Cursor = { at: Date; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.at.getTime()}.${cursor.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(value: string | undefined | null): Cursor | null {
  if (!value || value.length > 120) return null;
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{1,64})$/.exec(Buffer.from(value, 'base64url').toString('utf8'));
  if (!match) return null;
  const at = new Date(Number(match[1]));
  return Number.isNaN(at.getTime()) ? null : { at, id: match[2]! };
}
