// `npm run db:seed`: loads the default city's data into the database DATABASE_URL points at.
import { createDb } from '@/lib/db/client';
import { seed } from './seed/run';

async function main() {
  const db = createDb();
  await seed(db);
  await db.$disconnect();
  console.log('Seed data loaded.');
}

void main();
