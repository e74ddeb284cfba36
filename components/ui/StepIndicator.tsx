/** "Step 2 of 5: Choose a time" above a multi-step form's heading, as text, not only as dots. */
export function StepIndicator({ label, steps, current }: { label: string; steps: string[]; current: number }) {
  return (
    <nav aria-label={label} className="mb-4">
      <ol className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {steps.map((step, index) => {
          const state = index < current ? 'done' : index === current ? 'current' : 'todo';
          return (
            <li key={step} aria-current={state === 'current' ? 'step' : undefined} className={state === 'current' ? 'font-bold text-ink underline decoration-4 underline-offset-4' : 'text-muted'}>
              <span className="tabular-nums">{index + 1}.</span> {step}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
