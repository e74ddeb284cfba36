// Stand-in for the `server-only` marker in Vitest: the real one only exists to break client bundles.
export {};
