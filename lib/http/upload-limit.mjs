// Plain JavaScript for server.mjs. A post larger than the server action body limit would get
// Next's bare 413; a resident posting a form without JavaScript must instead see a message at
// the field, so the documents page's oversized post is sent back to it with `problem=tooLarge`
// before any of the body is read.
import { MAX_UPLOAD_BODY_BYTES } from '../files/limits.mjs';

const UPLOAD_PAGES = [/^\/[a-z]{2,3}\/support\/apply\/[A-Za-z0-9_-]{1,64}\/documents\/?$/];

/** A page whose form posts files: it may receive up to MAX_UPLOAD_BODY_BYTES. */
export const isUploadPage = (url) => UPLOAD_PAGES.some((page) => page.test((url ?? '/').split('?')[0]));

/** Where to send an oversized upload post back to, or null when the request is not one. */
export function oversizedUploadRedirect(method, url, headers) {
  if (method !== 'POST') return null;
  const length = Number(headers['content-length'] ?? 0);
  if (!(length > MAX_UPLOAD_BODY_BYTES)) return null;
  const path = (url ?? '/').split('?')[0];
  return isUploadPage(path) ? `${path}?problem=tooLarge` : null;
}
