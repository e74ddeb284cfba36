/**
 * The file pickers' `accept` hints for client components (inspect.ts loads sharp and PDF.js, so
 * it cannot be imported there). A hint to the browser's picker, never a check.
 */
export const pictureAcceptAttribute = '.jpg,.jpeg,.png,.webp,.heic,.heif,image/jpeg,image/png,image/webp,image/heic,image/heif';
