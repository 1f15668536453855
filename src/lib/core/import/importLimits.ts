/** Sizes past which naive code breaks; each has a clear message where it is checked. */
export const IMPORT_LIMITS = {
  /** A file larger than this is refused before it is read. */
  maxFileBytes: 256 * 1024 * 1024,
  /** Longest text kept in one field (a summary of a few pages fits easily). */
  maxFieldChars: 20_000,
  /** JSON nested deeper than this is refused before it is parsed (a dataset needs about 5). */
  maxJsonDepth: 64,
} as const;

/** Why a file of `bytes` is refused (the same words wherever its size is found), or null. */
export function fileTooBig(bytes: number): string | null {
  if (bytes <= IMPORT_LIMITS.maxFileBytes) return null;
  return `The file is ${megabytes(bytes)}; Dateline opens files up to ${megabytes(IMPORT_LIMITS.maxFileBytes)}.`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
