import { appointmentConfirmation } from './consultation-parts';

/** The confirmation: the appointment, what to do next, the private manage link and an .ics file. */
export const consultationBooked = appointmentConfirmation({ nextSteps: true });
