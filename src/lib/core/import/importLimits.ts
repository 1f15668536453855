/** Sizes past which naive code breaks; each has a clear message where it is checked. */
export const IMPORT_LIMITS = {
  /** A file larger than this is refused before it is read. */
  maxFileBytes: 256 * 1024 * 1024,
  /** Longest text kept in one field (a summary of a few pages fits easily). */
  maxFieldChars: 20_000,
  /** JSON nested deeper than this is refused before it is parsed (a dataset needs about 5). */
  maxJsonDepth: 64,
} as const;
