/** "/ko/newsletter/43": the number in the address, or null for anything else (a 404). */
export function issueNumber(value: string): number | null {
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}
