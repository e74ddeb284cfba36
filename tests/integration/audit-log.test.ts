import { expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases';

describeEachDatabase('audit log', (ctx) => {
  it('keeps rows the application appended', async () => {
    const { db } = ctx();
    await db.auditLog.create({ data: { actorType: 'staff', actorId: 's1', action: 'export', entity: 'AuditLog', detail: { reason: 'inspection 2026-11' } } });
    expect(await db.auditLog.count({ where: { action: 'export' } })).toBe(1);
  });

  it('refuses to update or delete them, even through the database client', async () => {
    const { db } = ctx();
    const row = await db.auditLog.create({ data: { actorType: 'staff', actorId: 's1', action: 'view', entity: 'Resident', residentId: 'r1' } });
    await expect(db.auditLog.update({ where: { id: row.id }, data: { action: 'nothing happened' } })).rejects.toThrow();
    await expect(db.auditLog.delete({ where: { id: row.id } })).rejects.toThrow();
    await expect(db.auditLog.deleteMany({})).rejects.toThrow();
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ action: 'view' });
    expect(await db.auditLog.count()).toBeGreaterThanOrEqual(2);
  });
});
