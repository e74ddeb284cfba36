/**
 * A field people never see or fill (hidden from view, from the accessibility tree and from
 * autofill), which form-filling bots do fill. Named like a field bots like to complete.
 * Model: Epic Stack's honeypot (its ADR 033); without the timestamp part, so a resident who
 * leaves the form open for an hour is never refused.
 */
export const HONEYPOT_FIELD = 'website_url';

export const honeypotFilled = (formData: FormData) => String(formData.get(HONEYPOT_FIELD) ?? '').length > 0;
