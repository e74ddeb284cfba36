import type { DataResult } from '@/lib/forms/result';

export { invalid, refused } from '@/lib/forms/result';

/** Why the data layer refused a change; each is a key of `Admin.consultations.problems`. */
export type Refusal = 'notFound' | 'notBooked' | 'notActive' | 'notYetStarted' | 'notToday' | 'notCheckedIn' | 'belowBooked' | 'notCounsellor' | 'unknownTopic' | 'unknownCenter';

export type StaffResult<T extends object = object> = DataResult<T, Refusal>;
