'use client';

import { useActionState, type FormHTMLAttributes, type ReactNode } from 'react';

type Props = Omit<FormHTMLAttributes<HTMLFormElement>, 'action'> & {
  /** A server action in `useActionState`'s shape; it answers by redirecting, so no state comes back. */
  action: (previous: void, formData: FormData) => Promise<void>;
  /** The page's own URL (lib/forms/permalink.ts): where the form posts before JavaScript runs. */
  permalink: string;
  children: ReactNode;
};

/**
 * A form for a server action that always redirects (confirm, cancel, sign out, upload): the
 * server component keeps rendering its fields, and the form gets a real `action` URL instead of
 * the `action=""` React writes for a bare server action, which HTML does not allow (decision 027).
 */
export function PostForm({ action, permalink, children, ...form }: Props) {
  const [, formAction] = useActionState<void, FormData>(action, undefined, permalink);
  return (
    <form action={formAction} {...form}>
      {children}
    </form>
  );
}
