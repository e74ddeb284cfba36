/** The portal's public address, for links in emails and calendar files (SITE_URL in production). */
export const siteUrl = () => (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
