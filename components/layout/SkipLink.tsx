export function SkipLink({ label }: { label: string }) {
  return (
    <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:p-3">
      {label}
    </a>
  );
}
