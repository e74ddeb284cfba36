// The Prisma CLI on these machines must use its WebAssembly schema engine through a driver
// adapter: without this file it tries to download a native engine and fails (TOOLCHAIN.md).
// PRISMA_DB chooses which generated schema the CLI works on: sqlite (default) or postgres.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';

const target = process.env.PRISMA_DB === 'postgres' ? 'postgres' : 'sqlite';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', target, 'schema.prisma'),
  migrations: { path: path.join('prisma', target, 'migrations') },
  async adapter() {
    if (target === 'postgres') {
      const url = new URL(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
      return new PrismaPg({
        host: url.hostname,
        port: Number(url.port || 5432),
        user: decodeURIComponent(url.username),
        password: decodeURIComponent(url.password),
        database: url.pathname.slice(1),
        idleTimeoutMillis: 100,
      });
    }
    return new PrismaBetterSQLite3({ url: process.env.PRISMA_SQLITE_FILE ?? ':memory:' });
  },
});
