import { appointmentConfirmation } from './consultation-parts';

/** After a change of time: the new appointment and a calendar file that replaces the old one. */
export const consultationRescheduled = appointmentConfirmation({ nextSteps: false });
