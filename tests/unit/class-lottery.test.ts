import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalList, commitmentOf, drawOrder, listHashOf } from '@/lib/classes/lottery/algorithm';

const tsxCli = createRequire(path.join(process.cwd(), 'package.json')).resolve('tsx/cli');
const references = (n: number) => Array.from({ length: n }, (_, i) => `KC-2027-${String(i + 1).padStart(6, '0')}`);

/** Runs the repository's command as `npm run classes:lottery` does, on a list written to a file. */
function rerun(args: string[], list: string) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lottery-')), 'list.txt');
  fs.writeFileSync(file, list);
  return spawnSync(process.execPath, [tsxCli, 'scripts/class-lottery.ts', '--list', file, ...args], { encoding: 'utf8', timeout: 60_000 });
}

/** Pearson's statistic of observed counts against an equal share each. */
function chiSquare(counts: number[]) {
  const expected = counts.reduce((a, b) => a + b, 0) / counts.length;
  return counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
}

// The 0.999 quantile of the chi-square distribution with 9 degrees of freedom: a uniform draw
// exceeds it one time in a thousand. The seeds are fixed, so the figure is the same every run.
const CHI2_9DF_999 = 27.877;

// Each re-run starts a tsx process: slow on a loaded machine.
describe('the Korean-class lottery', { timeout: 120_000 }, () => {
  it('gives the same order from the published seed and list, by the repository command, whatever the list file order', () => {
    const entries = references(12);
    const seed = 'ansan-2027-t1-kiip2-sun';
    const expected = drawOrder(seed, entries);
    // Pinned: a change of the algorithm would break the re-run of every published draw.
    expect(expected.slice(0, 3)).toEqual(['KC-2027-000011', 'KC-2027-000009', 'KC-2027-000007']);
    expect(drawOrder(seed, [...entries].reverse())).toEqual(expected);
    const shuffled = [...entries].reverse().join('\r\n');
    const result = rerun(['--seed', seed, '--seats', '5', '--commitment', commitmentOf(seed), '--list-hash', listHashOf(entries)], shuffled);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toContain(commitmentOf(seed));
    expect(lines[1]).toContain(listHashOf(entries));
    const rows = lines.slice(3).map((line) => line.split('\t'));
    expect(rows.map((r) => r[1])).toEqual(expected);
    expect(rows.map((r) => r[2])).toEqual([...Array(5).fill('seat'), ...Array.from({ length: 7 }, (_, i) => `waitlist ${i + 1}`)]);
  });

  it('refuses a seed that does not match the commitment, or a list that does not match its hash', () => {
    const entries = references(4);
    const wrongSeed = rerun(['--seed', 'guessed', '--commitment', commitmentOf('real')], canonicalList(entries));
    expect(wrongSeed.status).toBe(1);
    expect(wrongSeed.stderr).toContain('does not match the published commitment');
    const wrongList = rerun(['--seed', 'real', '--list-hash', listHashOf(entries)], canonicalList(entries.slice(1)));
    expect(wrongList.status).toBe(1);
    expect(wrongList.stderr).toContain('does not match the published list hash');
  });

  it('publishes a commitment that is the SHA-256 of the seed and a list hash of the sorted references', () => {
    expect(commitmentOf('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(canonicalList(['KC-2', 'KC-10', 'KC-1', 'KC-2'])).toBe('KC-1\nKC-10\nKC-2\n');
    expect(listHashOf(['b', 'a'])).toBe(listHashOf(['a', 'b']));
  });

  it('orders every entry once, and a different seed or list gives a different order', () => {
    const entries = references(50);
    const order = drawOrder('s1', entries);
    expect([...order].sort()).toEqual(entries);
    expect(drawOrder('s2', entries)).not.toEqual(order);
    // One more application changes the key (the list hash), so the whole order moves.
    expect(drawOrder('s1', [...entries, 'KC-2027-999999']).filter((e) => e !== 'KC-2027-999999')).not.toEqual(order);
  });

  it('gives each of 10 applicants the same chance of one of 3 seats over 6,000 seeded draws (chi-square)', () => {
    const entries = references(10);
    const seats = Array(10).fill(0) as number[];
    const first = Array(10).fill(0) as number[];
    for (let run = 0; run < 6000; run++) {
      const order = drawOrder(`chi-square-run-${run}`, entries);
      order.slice(0, 3).forEach((e) => seats[entries.indexOf(e)]!++);
      first[entries.indexOf(order[0]!)]!++;
    }
    expect(seats.reduce((a, b) => a + b, 0)).toBe(18_000);
    expect(chiSquare(seats)).toBeLessThan(CHI2_9DF_999);
    expect(chiSquare(first)).toBeLessThan(CHI2_9DF_999);
    // The same statistic does catch a biased draw: an applicant given 15% more seats than their share.
    const biased = seats.map((c, i) => (i === 0 ? c + 270 : c - 30));
    expect(chiSquare(biased)).toBeGreaterThan(CHI2_9DF_999);
  });
});
