import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { currentTime, setTestClock } from '@/lib/time/clock';
import { POST } from '@/app/api/test-clock/route';

describe('the notices clock', () => {
  afterEach(() => {
    delete process.env.E2E_CLOCK_FILE;
  });

  it('is the real time, and cannot be moved, unless the browser tests set E2E_CLOCK_FILE', async () => {
    const before = Date.now();
    expect(currentTime().getTime()).toBeGreaterThanOrEqual(before);
    expect(setTestClock(new Date('2030-01-01T00:00:00Z'))).toBe(false);
    expect(Math.abs(currentTime().getTime() - Date.now())).toBeLessThan(1_000);
    const response = await POST(new Request('http://portal.test/api/test-clock', { method: 'POST', body: JSON.stringify({ at: '2030-01-01T00:00:00Z' }) }));
    expect(response.status).toBe(404);
  });

  it('moves to the time set, and back, where E2E_CLOCK_FILE is set', () => {
    process.env.E2E_CLOCK_FILE = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'clock-')), 'clock.json');
    expect(setTestClock(new Date('2030-01-01T00:00:00Z'))).toBe(true);
    expect(Math.abs(currentTime().getTime() - Date.parse('2030-01-01T00:00:00Z'))).toBeLessThan(1_000);
    setTestClock(null);
    expect(Math.abs(currentTime().getTime() - Date.now())).toBeLessThan(1_000);
  });
});
