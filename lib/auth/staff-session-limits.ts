/**
 * The staff session's cookie and lifetimes (docs/decisions/006), apart from the Better Auth set-up
 * in ./staff so that code outside the app (the browser tests' fixtures) can use them without
 * loading the database client.
 */
export const STAFF_IDLE_SECONDS = 30 * 60;
export const STAFF_ABSOLUTE_SECONDS = 12 * 60 * 60;
export const STAFF_SESSION_COOKIE = '__Host-staff-session';
