import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Next's rules (React, hooks, accessibility, Core Web Vitals) and the TypeScript rules it brings.
export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', '.next-*/**', 'data/**', 'out/**', 'build/**', 'next-env.d.ts', 'lib/db/generated/**', 'bench/results/**', 'test-results/**', 'playwright-report/**']),
]);
