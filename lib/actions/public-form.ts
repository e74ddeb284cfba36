import 'server-only';
import { headers } from 'next/headers';
import { clientIpFrom } from '@/lib/http/client-ip';
import { takeAttempt, type ThrottleRuleName } from '@/lib/auth/throttle';
import { recordAudit } from '@/lib/audit/record';
import { honeypotFilled } from './honeypot';

export type PublicFormGate = { ok: true } | { ok: false; reason: 'spam' } | { ok: false; reason: 'throttled'; retryAfterMinutes: number };

/**
 * The pipeline's first step for every public form that makes something or sends mail or texts:
 * a filled honeypot is refused, and each client address gets a budget of submissions shared by
 * all app instances (the throttle store). Refusals are audited like staff refusals. The caller
 * keeps its `(previousState, formData)` signature and answers in the visitor's language.
 */
export async function admitPublicForm(formData: FormData, form: string, rule: ThrottleRuleName = 'publicFormAddress'): Promise<PublicFormGate> {
  if (honeypotFilled(formData)) {
    await recordAudit({ actor: { type: 'anonymous' }, action: 'form_refused', entity: 'PublicForm', entityId: form, detail: { reason: 'honeypot' } });
    return { ok: false, reason: 'spam' };
  }
  const address = clientIpFrom(await headers());
  const state = await takeAttempt([{ rule, key: `${form}|${address}` }]);
  if (state.blocked) {
    await recordAudit({ actor: { type: 'anonymous' }, action: 'form_refused', entity: 'PublicForm', entityId: form, detail: { reason: 'throttled' } });
    return { ok: false, reason: 'throttled', retryAfterMinutes: Math.max(1, Math.ceil(state.retryAfterSeconds / 60)) };
  }
  return { ok: true };
}
