// The one error type thrown for unusable GGUF files: missing, empty, truncated, malformed or hostile.

export type GgufFormatErrorCode =
  | 'not-found'
  | 'not-a-file'
  | 'unreadable'
  | 'empty'
  | 'bad-magic'
  | 'unsupported-version'
  | 'truncated'
  | 'limit-exceeded'
  | 'invalid';

export class GgufFormatError extends Error {
  override readonly name = 'GgufFormatError';
  readonly code: GgufFormatErrorCode;
  /** The problem without the file path, e.g. "not a GGUF file (bad magic)". */
  readonly reason: string;
  readonly filePath: string | undefined;

  constructor(code: GgufFormatErrorCode, reason: string, filePath?: string) {
    super(filePath === undefined ? reason : `${filePath}: ${reason}`);
    this.code = code;
    this.reason = reason;
    this.filePath = filePath;
  }

  /** The same error, now naming the file it came from. */
  withPath(filePath: string): GgufFormatError {
    return new GgufFormatError(this.code, this.reason, filePath);
  }
}
