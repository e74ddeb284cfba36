/**
 * The URL a server-action form posts to before JavaScript runs: `useActionState`'s permalink.
 * Without one React renders the form with `action=""` (post to this URL), which HTML forbids (an
 * action must be a non-empty URL; the Nu HTML checker reports it). It must be the URL of a page
 * that renders the same form, query included, so that a post without JavaScript comes back to
 * this form with the action's state and the reader's values. React keys that state by the
 * permalink, so several forms on one page need different ones: the fragment (the form's heading)
 * tells them apart and brings the reader back to the form they sent.
 */
export function formPermalink(pathname: string, query: Record<string, string | null | undefined> = {}, fragment?: string): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) search.set(key, value);
  const qs = search.toString();
  return `${pathname}${qs ? `?${qs}` : ''}${fragment ? `#${fragment}` : ''}`;
}
