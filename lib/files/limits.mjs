// Upload limits shared by next.config.ts (the server action body limit) and server.mjs (which
// turns a body over it into a redirect with a message instead of Next's 413 page).

/** Each file, as the issue says: phone photos of papers and scanned PDFs fit well under it. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Files in one post; more are refused with a message at the field. */
export const MAX_FILES_PER_POST = 5;
/** A post may carry every file at its largest plus the form's other fields and multipart framing. */
export const MAX_UPLOAD_BODY_BYTES = MAX_FILES_PER_POST * MAX_FILE_BYTES + 1024 * 1024;
