import crypto from 'node:crypto';

export const EMAIL_CHANGE_HOURS = 24;

/**
 * Where a pending email change is kept (ResidentVerification.identifier): the link's token is
 * stored only as its hash, so a copy of the database cannot confirm anyone's change.
 */
export const emailChangeIdentifier = (token: string) => `change-email:${crypto.createHash('sha256').update(token).digest('hex')}`;

/** Carries the confirmed address from the confirm button to the page that says it is now used. */
export const CHANGED_EMAIL_COOKIE = 'portal_changed_email';
