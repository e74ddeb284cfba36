// `npm run classes:lottery -- --seed <seed> --list <file> [--seats <n>] [--commitment <hex>] [--list-hash <hex>]`
// Re-runs a Korean-class lottery from its published values alone (docs/decisions/024): the seed
// revealed at the draw and the frozen list of application references (one a line, as the
// section's lottery page serves it). Prints the hashes to compare with the page, then the order;
// with --commitment or --list-hash it fails when they do not match what was published.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { commitmentOf, drawOrder, listEntries, listHashOf } from '@/lib/classes/lottery/algorithm';

const { values } = parseArgs({
  options: { seed: { type: 'string' }, list: { type: 'string' }, seats: { type: 'string' }, commitment: { type: 'string' }, 'list-hash': { type: 'string' } },
});
if (values.seed === undefined || !values.list) {
  console.error('usage: npm run classes:lottery -- --seed <seed> --list <file> [--seats <n>] [--commitment <hex>] [--list-hash <hex>]');
  process.exit(2);
}
const entries = listEntries(fs.readFileSync(values.list, 'utf8'));
const seats = values.seats === undefined ? undefined : Number(values.seats);
const commitment = commitmentOf(values.seed);
const listHash = listHashOf(entries);
console.log(`commitment (SHA-256 of the seed): ${commitment}`);
console.log(`list hash (SHA-256 of the list):  ${listHash}`);
console.log(`entries: ${entries.length}`);
drawOrder(values.seed, entries).forEach((entry, index) => {
  const place = seats === undefined ? '' : index < seats ? '\tseat' : `\twaitlist ${index - seats + 1}`;
  console.log(`${index + 1}\t${entry}${place}`);
});
const mismatches = [
  values.commitment !== undefined && values.commitment.toLowerCase() !== commitment ? 'the seed does not match the published commitment' : null,
  values['list-hash'] !== undefined && values['list-hash'].toLowerCase() !== listHash ? 'the list does not match the published list hash' : null,
].filter(Boolean);
if (mismatches.length) {
  console.error(mismatches.join('\n'));
  process.exit(1);
}
