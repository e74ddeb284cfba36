import crypto from 'node:crypto';
import type { ApplicationValues, ConsentPurpose } from './types';

/**
 * The version of each consent's text (Support.apply.consents.<purpose>.text in every locale).
 * Change the date whenever a text changes: each consent records the version and a hash of the
 * exact words shown, in the resident's language (PIPA art. 22, 23, 24).
 */
export const consentVersions: Record<ConsentPurpose, string> = {
  personal_data: '2026-12-01',
  unique_identifiers: '2026-12-01',
  sensitive_health: '2026-12-01',
};

export const textHash = (text: string) => crypto.createHash('sha256').update(text.normalize('NFC')).digest('hex');

/** Health data is asked for medical expenses, or when the resident wrote health details anyway. */
export const needsHealthConsent = (values: ApplicationValues) => values.programme === 'MEDICAL' || Boolean(values.crisis?.healthSealed);

export function consentsNeeded(values: ApplicationValues): ConsentPurpose[] {
  return needsHealthConsent(values) ? ['personal_data', 'unique_identifiers', 'sensitive_health'] : ['personal_data', 'unique_identifiers'];
}

export function consentsComplete(values: ApplicationValues): boolean {
  return consentsNeeded(values).every((purpose) => values.consents?.[purpose]?.version === consentVersions[purpose]);
}
