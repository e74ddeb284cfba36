import { unseal, unsealJson } from '../sealed';
import { consentsNeeded } from './consents';
import { sectionStates, type OwnApplication } from './store';
import type { ApplicationValues, Pending, Section } from './types';

/**
 * What the resident's own screens get of a draft: never an identifier or account number (only
 * their masks); the health details, which they wrote, only for the screens that show them.
 */
export function residentScreen(values: ApplicationValues, { section, withHealth = false }: { section?: Section; withHealth?: boolean } = {}) {
  const pending = values.pendingSealed ? unsealJson<Pending>(values.pendingSealed) : null;
  const { applicant, crisis, bank } = values;
  return {
    programme: values.programme,
    states: sectionStates(values),
    applicant: applicant
      ? {
          fullName: applicant.fullName,
          phone: applicant.phone,
          address: applicant.address,
          nationality: applicant.nationality,
          visa: applicant.visa,
          residenceMonths: applicant.residenceMonths,
          arnMasked: applicant.arnMasked,
        }
      : undefined,
    household: values.household,
    crisis: crisis ? { reason: crisis.reason, date: crisis.date, description: crisis.description, health: withHealth && crisis.healthSealed ? unseal(crisis.healthSealed) : '' } : undefined,
    costs: values.costs,
    bank: bank ? { bankName: bank.bankName, holder: bank.holder, accountMasked: bank.accountMasked } : undefined,
    consents: values.consents ?? {},
    consentsNeeded: consentsNeeded(values),
    pending: pending && pending.section === section ? pending : null,
  };
}
export type ResidentScreen = ReturnType<typeof residentScreen>;

export const screenOf = (app: OwnApplication & { values: ApplicationValues }, options?: Parameters<typeof residentScreen>[1]) => residentScreen(app.values, options);
