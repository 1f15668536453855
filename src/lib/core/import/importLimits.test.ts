import { describe, expect, it } from 'vitest';
import { fileTooBig, IMPORT_LIMITS } from './importLimits';

describe('fileTooBig', () => {
  it('lets a file up to the limit through', () => {
    expect(fileTooBig(0)).toBeNull();
    expect(fileTooBig(IMPORT_LIMITS.maxFileBytes)).toBeNull();
  });

  it('says how big the file is and how big it may be', () => {
    expect(fileTooBig(IMPORT_LIMITS.maxFileBytes + 1)).toBe(
      'The file is 256 MB; Dateline opens files up to 256 MB.',
    );
    expect(fileTooBig(300 * 1024 * 1024)).toBe(
      'The file is 300 MB; Dateline opens files up to 256 MB.',
    );
  });
});
