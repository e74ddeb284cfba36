import path from 'node:path';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { locales } from './lib/i18n/locales';
import { MAX_UPLOAD_BODY_BYTES } from './lib/files/limits.mjs';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** On every response (SECURITY.md 16); the Content-Security-Policy itself is set by server.mjs. */
const securityHeaders = [
  { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // server.mjs compresses, after it has hashed each page's inline scripts for the CSP.
  compress: false,
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
  // A path under a locale that no page matches gets that locale's prerendered 404
  // (app/[locale]/page-not-found): "fallback" rewrites apply only after every route failed.
  async rewrites() {
    return { beforeFiles: [], afterFiles: [], fallback: [{ source: `/:locale(${locales.join('|')})/:path+`, destination: '/:locale/page-not-found' }] };
  },
  // Native and WebAssembly database drivers stay outside the bundle.
  serverExternalPackages: ['pdfjs-dist', 'heic-convert', '@myriaddreamin/typst-ts-node-compiler', 'sharp', 'better-sqlite3', '@prisma/adapter-better-sqlite3', 'pg', '@prisma/adapter-pg'],
  typedRoutes: false,
  // forbidden() answers 403 for staff without a permission.
  // The build's file-system cache speeds up the next build of the same checkout; a CI run builds
  // once from a fresh clone, where writing it only costs time (about a minute on 2 cores).
  // Uploads post files to server actions (multipart, without JavaScript too): room for the most
  // files one post may carry (lib/files/limits.mjs). server.mjs holds every other form to 1 MB.
  experimental: {
    authInterrupts: true,
    turbopackFileSystemCacheForBuild: process.env.CI !== 'true',
    serverActions: { bodySizeLimit: MAX_UPLOAD_BODY_BYTES },
  },
  // `npm test` type-checks the whole project before the browser tests build; their build need not
  // do it again (E2E builds set NEXT_SKIP_TYPE_CHECK=1). `npm start` and `npm run build` still do.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPE_CHECK === '1' },
  // Next's own page cache, which also records the inline scripts of every page it generates, so
  // the Content-Security-Policy names only those (lib/http/page-cache.mjs, decision 028).
  cacheHandler: path.resolve('lib/http/page-cache.mjs'),
  // Tests build into their own folder so they never replace the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
};

export default withNextIntl(nextConfig);
