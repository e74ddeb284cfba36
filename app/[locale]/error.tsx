'use client';

import { ErrorMessage } from '@/components/layout/ErrorMessage';

// A failure inside a page of this section (Next's error boundary).
export default function SectionError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorMessage digest={error.digest} reset={reset} />;
}
