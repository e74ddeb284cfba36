import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

// The yardstick for `npm run bench:lighthouse`: Next 16 and next-intl with nothing of the portal,
// built and served in the same run, so the machine's own speed cancels out (bench/README.md).
const withNextIntl = createNextIntlPlugin('./lib/request.ts');
const config: NextConfig = { poweredByHeader: false };
export default withNextIntl(config);
