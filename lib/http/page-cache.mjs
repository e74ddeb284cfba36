// The page cache Next.js uses (next.config.ts `cacheHandler`): its own file-system cache, which
// also tells the Content-Security-Policy which inline scripts each generated page carries. Every
// prerendered page passes through here, whether read from the build's files or regenerated, and
// is recorded before Next sends it (docs/decisions/028).
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { trustGeneratedPage } from './generated-scripts.mjs';

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;

const htmlOf = (value) => {
  if (!value || value.kind !== 'APP_PAGE') return null;
  const { html } = value;
  if (typeof html === 'string') return html;
  return typeof html?.toUnchunkedString === 'function' ? html.toUnchunkedString() : null;
};

export default class PageCacheNamingScripts extends FileSystemCache {
  async get(...args) {
    const entry = await super.get(...args);
    trustGeneratedPage(htmlOf(entry?.value));
    return entry;
  }

  async set(key, data, ctx) {
    trustGeneratedPage(htmlOf(data));
    return super.set(key, data, ctx);
  }
}
