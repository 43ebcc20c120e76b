// The one error class interchange codecs throw on purpose: bad file or bad input, with a clear message.

/** The file or the decks to export are not acceptable; `message` says what is wrong. */
export class InterchangeFormatError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InterchangeFormatError';
  }
}
