import fs from 'node:fs';

/**
 * The time the notices are shown at. Always the real time, except in the browser tests, which set
 * E2E_CLOCK_FILE so one test can move it (POST /api/test-clock) and see an urgent alert end on its
 * end time without waiting for it (docs/decisions/029). Read on every call: the file is tiny, and
 * only exists there.
 */
export function currentTime(): Date {
  const file = process.env.E2E_CLOCK_FILE;
  if (!file) return new Date();
  return new Date(Date.now() + clockOffset(file));
}

function clockOffset(file: string): number {
  try {
    const { offsetMs } = JSON.parse(fs.readFileSync(file, 'utf8')) as { offsetMs?: unknown };
    return typeof offsetMs === 'number' && Number.isFinite(offsetMs) ? offsetMs : 0;
  } catch {
    return 0;
  }
}

/** Moves the test clock to `at` (null: back to the real time). Only where E2E_CLOCK_FILE is set. */
export function setTestClock(at: Date | null): boolean {
  const file = process.env.E2E_CLOCK_FILE;
  if (!file) return false;
  fs.writeFileSync(file, JSON.stringify({ offsetMs: at ? at.getTime() - Date.now() : 0 }));
  return true;
}
