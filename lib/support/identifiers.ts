/**
 * The alien registration number (외국인등록번호): 13 digits, written "YYMMDD-GNNNNNN", where G is
 * 5 to 8 for foreign residents. People type it with or without the hyphen or spaces.
 */
export function normaliseArn(raw: string): string | null {
  const digits = raw.normalize('NFKC').replace(/[\s-]/g, '');
  if (!/^\d{6}[5-8]\d{6}$/.test(digits)) return null;
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

/** "123456-1******": the birth date part and the first digit after it, as Korean forms mask it. */
export const maskArn = (arn: string) => `${arn.slice(0, 8)}******`;

/** A bank account number as "••••1234". */
export const maskAccount = (account: string) => `••••${account.replace(/\D/g, '').slice(-4)}`;
