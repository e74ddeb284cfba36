import Database from 'better-sqlite3';
import pg from 'pg';
import { bucketCase, familyNames, givenNames, nationalities, statuses } from './mix';

export type Scale = { cases: number; residents: number; counsellors: number; now: Date };
const YEARS_MS = 5 * 365 * 86_400_000;
const list = (values: string[]) => values.map((v) => `'${v}'`).join(',');

/**
 * Cases, residents and staff generated inside the database (a recursive CTE on SQLite,
 * generate_series on PostgreSQL): a million rows in well under a minute, where row-by-row
 * inserts through the client take many. Every value is a function of the row number, so both
 * databases hold the same data. Counsellor 0 holds few cases: the small scope the issue asks for.
 */
function expressions(db: 'sqlite' | 'postgres', scale: Scale) {
  const mod = (a: string, b: number) => (db === 'sqlite' ? `(${a} % ${b})` : `mod(${a}, ${b})`);
  const pad = (a: string, width: number) => (db === 'sqlite' ? `printf('%0${width}d', ${a})` : `lpad((${a})::text, ${width}, '0')`);
  const at = (msExpr: string) => (db === 'sqlite' ? `(strftime('%Y-%m-%dT%H:%M:%f', (${msExpr}) / 1000.0, 'unixepoch') || '+00:00')` : `to_timestamp((${msExpr}) / 1000.0)`);
  const nationalityBucket = (r: string) => mod(`${r} * 37`, 100);
  const start = scale.now.getTime() - YEARS_MS;
  const step = Math.floor(YEARS_MS / scale.cases);
  return { mod, pad, at, nationalityBucket, start, step };
}

function residentSelect(db: 'sqlite' | 'postgres', scale: Scale, i: string) {
  const e = expressions(db, scale);
  const family =
    db === 'sqlite'
      ? `json_extract('[${list(familyNames).replace(/'/g, '"')}]', '$[' || ${e.mod(i, familyNames.length)} || ']')`
      : `(ARRAY[${list(familyNames)}])[${e.mod(i, familyNames.length)} + 1]`;
  const given =
    db === 'sqlite'
      ? `json_extract('[${list(givenNames).replace(/'/g, '"')}]', '$[' || ${e.mod(`${i} / 20`, givenNames.length)} || ']')`
      : `(ARRAY[${list(givenNames)}])[${e.mod(`${i} / 20`, givenNames.length)} + 1]`;
  const nationality = bucketCase(
    e.nationalityBucket(i),
    nationalities.map(([n, , s]) => [n, s]),
  );
  const language = bucketCase(
    e.nationalityBucket(i),
    nationalities.map(([, l, s]) => [l, s]),
  );
  return `SELECT 'r' || ${e.pad(i, 9)}, ${given} || ' ' || ${family} || ' ' || ${i}, 'r' || ${i} || '@bench.example', '+8210' || ${e.pad(i, 8)}, ${language}, ${nationality}, ${e.at(`${e.start}`)}, ${e.at(`${e.start}`)}`;
}

function caseInsert(db: 'sqlite' | 'postgres', scale: Scale) {
  const e = expressions(db, scale);
  const day = db === 'sqlite' ? '86400000' : '86400000::bigint';
  const r = e.mod('s.j * 7', scale.residents);
  const statusBucket = `(CASE WHEN j > ${Math.floor(scale.cases * 0.97)} THEN ${e.mod('j', 23)} + 77 ELSE ${e.mod('j * 13', 100)} END)`;
  const status = bucketCase(
    statusBucket,
    statuses.map(([st, share]) => [st, share]),
  );
  const closedStatuses = statuses
    .filter(([, , closed]) => closed)
    .map(([st]) => `'${st}'`)
    .join(',');
  const assignee = `CASE WHEN ${e.mod('s.j', 10)} < 3 THEN NULL WHEN ${e.mod('s.j', 1000)} = 3 THEN 'bench-c-0' ELSE 'bench-c-' || (1 + ${e.mod('s.j / 10', scale.counsellors - 1)}) END`;
  const language = bucketCase(
    e.nationalityBucket(r),
    nationalities.map(([, l, share]) => [l, share]),
  );
  const numbers = db === 'sqlite' ? `RECURSIVE n(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM n WHERE j + 1 < ${scale.cases})` : `n(j) AS (SELECT generate_series(0, ${scale.cases - 1}))`;
  const columns = [
    `'c' || ${e.pad('s.j', 10)}`,
    `'CO-' || ${e.pad('s.j / 10000', 4)} || '-' || ${e.pad(e.mod('s.j', 10000), 4)}`,
    `'CONSULTATION'`,
    's.status',
    `'en'`,
    `'r' || ${e.pad(r, 9)}`,
    assignee,
    e.at('s.created'),
    e.at(`s.created + ${e.mod('s.j', 30)} * ${day}`),
    `CASE WHEN s.status IN (${closedStatuses}) THEN ${e.at(`s.created + ${day}`)} ELSE NULL END`,
    language,
    `${e.mod('s.j', 7)} = 0`,
    `'bench-centre-' || ${e.mod('s.j', 3)}`,
    `CASE WHEN s.status = 'SCHEDULED' THEN ${e.at(`s.created + 7 * ${day}`)} ELSE NULL END`,
  ];
  return `INSERT INTO "Case" ${caseColumns} WITH ${numbers}, s AS (SELECT j, ${status} AS status, ${e.start} + ${db === 'sqlite' ? 'j' : 'j::bigint'} * ${e.step} AS created FROM n) SELECT ${columns.join(', ')} FROM s`;
}

const residentColumns = `("id", "name", "email", "phone", "preferredLocale", "nationality", "createdAt", "updatedAt")`;
const caseColumns = `("id", "reference", "kind", "status", "locale", "residentId", "assigneeId", "createdAt", "updatedAt", "closedAt", "language", "interpreterNeeded", "centerId", "dueAt")`;

function fixturesSql(scale: Scale, bool: (b: boolean) => string) {
  const staff = Array.from(
    { length: scale.counsellors },
    (_, k) => `('bench-c-${k}', 'bench-c-${k}@bench.example', 'Counsellor ${k}', '["counsellor"]', '["ko"]', ${bool(true)}, ${bool(true)}, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`,
  );
  staff.push(`('bench-admin', 'bench-admin@bench.example', 'Supervisor', '["supervisor"]', '["ko"]', ${bool(true)}, ${bool(true)}, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`);
  const centres = [0, 1, 2].map((k) => `('bench-centre-${k}', 'bench-centre-${k}', 'bench-city', '{"en":"Centre ${k}"}', '{}', '{}', '000', '[]', '[]', '[]', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`);
  return [
    `INSERT INTO "City" ("id", "slug", "name", "agency", "phone", "email", "website", "createdAt", "updatedAt") VALUES ('bench-city', 'bench-city', '{"en":"Bench"}', '{}', '000', 'city@bench.example', 'https://bench.example', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)`,
    `INSERT INTO "Center" ("id", "slug", "cityId", "name", "summary", "address", "phone", "hours", "languages", "offers", "createdAt", "updatedAt") VALUES ${centres.join(',')}`,
    `INSERT INTO "StaffUser" ("id", "email", "name", "roles", "languages", "active", "twoFactorEnabled", "createdAt", "updatedAt") VALUES ${staff.join(',')}`,
  ];
}

export function seedSqlite(file: string, scale: Scale) {
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = OFF');
  sqlite.transaction(() => {
    for (const sql of fixturesSql(scale, (b) => (b ? '1' : '0'))) sqlite.exec(sql);
    sqlite.exec(
      `INSERT INTO "Resident" ${residentColumns} WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ${scale.residents}) ${residentSelect('sqlite', scale, 'n.i')} FROM n`,
    );
    sqlite.exec(caseInsert('sqlite', scale));
  })();
  sqlite.exec('ANALYZE');
  sqlite.close();
}

export async function seedPostgres(url: string, scale: Scale) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`SET TIME ZONE 'UTC'`);
  for (const sql of fixturesSql(scale, (b) => (b ? 'true' : 'false'))) await client.query(sql);
  await client.query(`INSERT INTO "Resident" ${residentColumns} ${residentSelect('postgres', scale, 'n.i')} FROM generate_series(0, ${scale.residents - 1}) AS n(i)`);
  await client.query(caseInsert('postgres', scale));
  await client.query('VACUUM ANALYZE');
  await client.end();
}
