/** A file's size in the reader's language: kilobytes under a megabyte, else megabytes with one decimal. */
export function formatFileSize(bytes: number, locale: string): string {
  const mb = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(locale, { style: 'unit', unit: mb ? 'megabyte' : 'kilobyte', unitDisplay: 'short', maximumFractionDigits: mb ? 1 : 0 }).format(
    mb ? bytes / (1024 * 1024) : Math.max(1, Math.round(bytes / 1024)),
  );
}

/** The `Files.types.<key>` message of a checked type. */
export const typeKey = (mediaType: string): 'pdf' | 'jpeg' | 'png' => (mediaType === 'application/pdf' ? 'pdf' : mediaType === 'image/png' ? 'png' : 'jpeg');
