// Writes one schema per database from prisma/models.prisma and generates a client for each.
// Why two: a client generated for SQLite refuses the PostgreSQL adapter (docs/decisions/001).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const models = readFileSync(join(root, 'prisma/models.prisma'), 'utf8');
export const providers = { sqlite: 'sqlite', postgres: 'postgresql' };

export function writeSchemas() {
  for (const [name, provider] of Object.entries(providers)) {
    const header = `// GENERATED from prisma/models.prisma by scripts/prisma-generate.mjs. Edit models.prisma.
datasource db {
  provider = "${provider}"
  url      = "${provider === 'sqlite' ? 'file:./placeholder.db' : 'postgresql://placeholder'}"
}

generator client {
  provider     = "prisma-client"
  output       = "../../lib/db/generated/${name}"
  engineType   = "client"
  runtime      = "nodejs"
  moduleFormat = "esm"
}

`;
    mkdirSync(join(root, 'prisma', name), { recursive: true });
    writeFileSync(join(root, 'prisma', name, 'schema.prisma'), header + models);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeSchemas();
  for (const name of Object.keys(providers)) {
    execFileSync(process.execPath, [join(root, 'node_modules/prisma/build/index.js'), 'generate'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, PRISMA_DB: name, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
    });
  }
}
