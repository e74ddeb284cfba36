/**
 * The seeded mix, skewed as in the seed documents' figures for Ansan and Gyeonggi (Chinese and
 * Korean-Chinese residents the largest group, then Vietnamese, Uzbek, Cambodian, Nepali, ...),
 * as buckets of 100: nationality and the language a resident is served in. Statuses as a
 * five-year-old queue holds them: most cases closed, a minority open.
 */
export const nationalities: [nationality: string, language: string, share: number][] = [
  ['CN', 'zh', 34],
  ['VN', 'vi', 18],
  ['UZ', 'uz', 8],
  ['KH', 'km', 7],
  ['NP', 'ne', 5],
  ['ID', 'id', 5],
  ['TH', 'th', 5],
  ['PH', 'fil', 4],
  ['MN', 'mn', 3],
  ['MM', 'my', 3],
  ['LK', 'si', 2],
  ['BD', 'bn', 2],
  ['LA', 'lo', 1],
  ['PK', 'ur', 1],
  ['RU', 'ru', 2],
];

export const statuses: [status: string, share: number, closed: boolean][] = [
  ['COMPLETED', 58],
  ['CANCELLED', 11],
  ['NO_SHOW', 8],
  ['IN_REVIEW', 8],
  ['SCHEDULED', 15],
].map(([status, share]) => [status as string, share as number, !['IN_REVIEW', 'SCHEDULED'].includes(status as string)]);

/** A SQL CASE over `bucket` (0-99) choosing each entry's value by its share. */
export function bucketCase(bucket: string, entries: [value: string, share: number][]): string {
  let upTo = 0;
  const arms = entries.map(([value, share]) => {
    upTo += share;
    return `WHEN ${bucket} < ${upTo} THEN '${value}'`;
  });
  return `CASE ${arms.join(' ')} ELSE '${entries[entries.length - 1]![0]}' END`;
}

export const familyNames = [
  'Nguyen',
  'Tran',
  'Le',
  'Wang',
  'Li',
  'Zhang',
  'Karimov',
  'Sok',
  'Chan',
  'Gurung',
  'Santoso',
  'Srisuk',
  'Santos',
  'Bat',
  'Aung',
  'Perera',
  'Rahman',
  'Khan',
  'Ivanov',
  'Kim',
];
export const givenNames = [
  'An',
  'Binh',
  'Hoa',
  'Wei',
  'Min',
  'Jun',
  'Aziz',
  'Dilnoza',
  'Sokha',
  'Dara',
  'Sita',
  'Ram',
  'Budi',
  'Sari',
  'Somchai',
  'Maria',
  'Jose',
  'Bold',
  'Thiha',
  'Nimal',
  'Rahim',
  'Ayesha',
  'Olga',
  'Ivan',
  'Linh',
  'Mai',
  'Tuan',
  'Hung',
  'Lan',
  'Ngoc',
];
