// A proxy that never runs (its matcher matches no page), so Next does not take the portal's one
// from the folder above, and the minimal page pays for no middleware.
export const config = { matcher: ['/__minimal-never__'] };
export default function proxy() {}
