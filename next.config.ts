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
  serverExternalPackages: ['pdfjs-dist', 'heic-convert', 'sharp', 'better-sqlite3', '@prisma/adapter-better-sqlite3', 'pg', '@prisma/adapter-pg'],
  typedRoutes: false,
  // forbidden() answers 403 for staff without a permission.
  // Uploads post files to server actions (multipart, without JavaScript too): room for the most
  // files one post may carry (lib/files/limits.mjs); server.mjs turns a larger post into a message.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: MAX_UPLOAD_BODY_BYTES } },
  // Tests build into their own folder so they never replace the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
};

export default withNextIntl(nextConfig);
