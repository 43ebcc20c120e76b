// Why a file was not stored or cannot be read: messages a student can act on.

export type MediaRejection = 'empty' | 'not-media' | 'too-large';

/** The bytes were refused (nothing was stored). */
export class MediaRejectedError extends Error {
  override name = 'MediaRejectedError';
  constructor(
    readonly reason: MediaRejection,
    message: string,
  ) {
    super(message);
  }
}

/** The hash is not a stored file (never stored, collected, or its file was removed by hand). */
export class MediaNotFoundError extends Error {
  override name = 'MediaNotFoundError';
  constructor(readonly hash: string) {
    super(`No stored media file ${hash.slice(0, 80)}.`);
  }
}
