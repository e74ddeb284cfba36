import fs from 'node:fs/promises';
import { locales } from '@/lib/i18n/locales';
import { fontFile } from '@/lib/fonts/faces';

// The font slices the script stylesheets name, read from the fontsource packages. Only names a
// sheet lists are served; the URL carries the package version, so a year's caching is safe.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = fontFile((await params).file, locales);
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(await fs.readFile(file)), {
    headers: { 'content-type': 'font/woff2', 'cache-control': 'public, max-age=31536000, immutable' },
  });
}
