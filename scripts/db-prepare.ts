// Creates and migrates the database DATABASE_URL points at (an SQLite file under data/ when unset),
// then loads missing seed data. Safe to run any number of times, and from several instances at once.
import { readEnv } from '@/lib/env';
import { databaseTarget } from '@/lib/db/config';
import { migrate } from '@/lib/db/migrate';
import { createDb } from '@/lib/db/client';
import { seed } from '@/prisma/seed/run';

async function main() {
  const env = readEnv();
  const target = databaseTarget(env.DATABASE_URL);
  const applied = await migrate(target);
  const where = target.kind === 'sqlite' ? target.file : 'PostgreSQL';
  console.log(applied.length ? `Applied ${applied.length} migration(s) to ${where}: ${applied.join(', ')}` : `Database ${where} is up to date.`);

  if (env.SEED_ON_START === 'true' && !process.argv.includes('--no-seed')) {
    const db = createDb(target);
    try {
      await seed(db);
    } finally {
      await db.$disconnect();
    }
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
