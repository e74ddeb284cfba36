import { locales } from '@/lib/i18n/locales';
import { fontSheetHref, fontSheetNamed } from '@/lib/fonts/faces';

// One small stylesheet per script, built at build time; its name carries a hash of its content,
// so it is cached for a year and a changed sheet gets a new name (docs/decisions/012).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => {
    const href = fontSheetHref(locale);
    return href ? [{ sheet: href.slice('/fonts/'.length) }] : [];
  });
}

export async function GET(_request: Request, { params }: { params: Promise<{ sheet: string }> }) {
  const css = fontSheetNamed((await params).sheet, locales);
  if (css === null) return new Response('Not found', { status: 404 });
  return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable' } });
}
