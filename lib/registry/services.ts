import type { ServiceKind } from '@/lib/db/generated/sqlite/enums';
import { consultationService } from '@/lib/consultations/registration';
import { koreanClassService } from '@/lib/classes/registration';
import { emergencySupportService } from '@/lib/support/registration';
import type { ServiceRegistration } from '@/lib/cases/registration';

/**
 * The one place that lists the services. Shared screens (the staff case page, "my requests") and
 * the scheduler read them from here; nothing else outside a service imports the service.
 */
export const services: readonly ServiceRegistration[] = [consultationService, koreanClassService, emergencySupportService];

export const registrationOf = (kind: ServiceKind | string): ServiceRegistration | undefined => services.find((service) => service.kind.kind === kind);
