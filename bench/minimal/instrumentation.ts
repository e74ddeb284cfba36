// Its own (empty) instrumentation hook, so Next does not pick up the portal's one above it.
export function register() {}
