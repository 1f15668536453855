/**
 * A file Dateline cannot read at all: not one of its formats, empty, binary, too big. The
 * message is written for the person who chose the file and is shown to them as it is.
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}
