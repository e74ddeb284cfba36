import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';
import { consumeRecoveryCodesView, grantRecoveryCodesView } from '@/lib/auth/recovery-codes-grant';

describeEachDatabase('recovery codes are shown once', (ctx) => {
  it('opens once for the staff member it was granted to, never again, never for a forged cookie', async () => {
    const { db } = ctx();
    const token = await grantRecoveryCodesView(db, 'staff-a');
    // A cookie naming someone's id, or another member's grant, opens nothing.
    expect(await consumeRecoveryCodesView(db, 'staff-a', 'staff-a')).toBe(false);
    expect(await consumeRecoveryCodesView(db, 'staff-b', token)).toBe(false);
    expect(await consumeRecoveryCodesView(db, 'staff-a', token)).toBe(true);
    expect(await consumeRecoveryCodesView(db, 'staff-a', token)).toBe(false);
  });

  it('lapses after five minutes', async () => {
    const { db } = ctx();
    const at = new Date('2026-12-02T09:00:00Z');
    const token = await grantRecoveryCodesView(db, 'staff-c', at);
    expect(await consumeRecoveryCodesView(db, 'staff-c', token, new Date(at.getTime() + 5 * 60_000 + 1))).toBe(false);
    expect(await consumeRecoveryCodesView(db, 'staff-c', undefined)).toBe(false);
  });
});
