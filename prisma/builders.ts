/**
 * One set of builders for seed data and test factories: each returns the data to create a row,
 * with sensible defaults and unique keys, and takes overrides. Nothing here touches the database.
 */
import crypto from 'node:crypto';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { makeCaseReference } from '@/lib/cases/reference';

const unique = () => crypto.randomBytes(4).toString('hex');

export function buildCity(overrides: Partial<Prisma.CityCreateInput> = {}): Prisma.CityCreateInput {
  return {
    slug: `city-${unique()}`,
    name: { ko: '테스트시', en: 'Test City' },
    agency: { ko: '외국인주민지원과', en: 'Foreign Residents Office' },
    phone: '+82-31-000-0000',
    email: 'office@example.org',
    website: 'https://example.org',
    ...overrides,
  };
}

export function buildCenter(cityId: string, overrides: Partial<Prisma.CenterUncheckedCreateInput> = {}): Prisma.CenterUncheckedCreateInput {
  return {
    slug: `center-${unique()}`,
    cityId,
    name: { ko: '테스트 센터', en: 'Test Centre' },
    summary: { ko: '테스트용 센터입니다.', en: 'A centre for tests.' },
    address: { ko: '테스트로 1', en: '1 Test-ro' },
    phone: '+82-31-000-0001',
    hours: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '18:00' }],
    languages: ['ko', 'en'],
    offers: [{ ko: '상담', en: 'Advice' }],
    ...overrides,
  };
}

export function buildService(overrides: Partial<Prisma.ServiceUncheckedCreateInput> = {}): Prisma.ServiceUncheckedCreateInput {
  return {
    slug: `service-${unique()}`,
    kind: 'CONSULTATION',
    title: { ko: '상담', en: 'Consultation' },
    summary: { ko: '상담 서비스', en: 'Advice service' },
    ...overrides,
  };
}

export function buildResident(overrides: Partial<Prisma.ResidentUncheckedCreateInput> = {}): Prisma.ResidentUncheckedCreateInput {
  const id = unique();
  return {
    name: `Resident ${id}`,
    email: `resident-${id}@example.org`,
    phone: '+82-10-0000-0000',
    preferredLocale: 'vi',
    nationality: 'VN',
    visaType: 'E-9',
    ...overrides,
  };
}

export function buildStaffUser(overrides: Partial<Prisma.StaffUserUncheckedCreateInput> = {}): Prisma.StaffUserUncheckedCreateInput {
  const id = unique();
  return {
    email: `staff-${id}@example.org`,
    name: `Staff ${id}`,
    roles: ['counsellor'],
    languages: ['ko', 'vi'],
    ...overrides,
  };
}

export function buildCase(residentId: string, overrides: Partial<Prisma.CaseUncheckedCreateInput> = {}): Prisma.CaseUncheckedCreateInput {
  const kind = overrides.kind ?? 'CONSULTATION';
  return {
    reference: makeCaseReference(kind),
    kind,
    status: 'SCHEDULED',
    locale: 'vi',
    residentId,
    ...overrides,
  };
}

export function buildNotice(overrides: Partial<Prisma.NoticeUncheckedCreateInput> = {}): Prisma.NoticeUncheckedCreateInput {
  return {
    severity: 'INFO',
    title: { ko: '안내', en: 'Notice' },
    body: { ko: '안내 내용', en: 'Notice text' },
    startsAt: new Date(Date.now() - 60_000),
    ...overrides,
  };
}
