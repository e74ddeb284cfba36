import type { StaffContext } from '@/lib/auth/guards';
import { can } from '@/lib/auth/guards';
import { z } from 'zod';
import { requiredText } from '@/lib/forms/fields';

/**
 * Saved views (docs/decisions/017): anyone who may read cases keeps their own; a supervisor
 * (case:update:any) may share one with every staff member who may read cases, and manages the
 * shared ones. The stored filters are re-parsed on every use, so "my open cases" means the
 * viewer's own cases, whoever saved it.
 */
export const mayUseViews = (actor: StaffContext) => can(actor, 'case:read:any') || can(actor, 'case:read:assigned');
export const mayShareViews = (actor: StaffContext) => can(actor, 'case:update:any');

export const viewNameSchema = z.object({ name: requiredText(80) });

/** Which views the actor may rename or delete: their own, and shared ones when they manage those. */
export const manageableBy = (actor: StaffContext) => (mayShareViews(actor) ? { OR: [{ ownerId: actor.id }, { shared: true }] } : { ownerId: actor.id });

export type ViewRefusal = 'viewNotFound' | 'mayNotShare' | 'tooManyViews';

/** Enough for anyone's working habits, and a bound on what one account can store. */
export const MAX_VIEWS_PER_OWNER = 50;
