// `npm run db:backup [folder]`: a consistent copy of the database DATABASE_URL names, taken while
// the portal runs, into backups/ (or the folder given). Restore with restoreDatabase (lib/db/backup.ts):
// for SQLite copy the file into place while the portal is stopped; for PostgreSQL
// `pg_restore --no-owner --dbname=<empty database> <file>`.
import path from 'node:path';
import { backupDatabase } from '@/lib/db/backup';
import { databaseTarget } from '@/lib/db/config';
import { readEnv } from '@/lib/env';

const dir = path.resolve(process.argv[2] ?? 'backups');
backupDatabase(databaseTarget(readEnv().DATABASE_URL), dir).then(
  (file) => console.log(`Backup written to ${file}`),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
