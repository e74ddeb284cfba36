import { HONEYPOT_FIELD } from '@/lib/actions/honeypot';

/**
 * The public forms' trap for form-filling bots (lib/actions/honeypot.ts): off screen, out of the
 * accessibility tree and the tab order, never autofilled, so no person fills it.
 */
export function Honeypot({ label }: { label: string }) {
  return (
    <div aria-hidden="true" className="absolute -start-[10000px] h-px w-px overflow-hidden">
      <label htmlFor={`field-${HONEYPOT_FIELD}`}>{label}</label>
      <input id={`field-${HONEYPOT_FIELD}`} type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
