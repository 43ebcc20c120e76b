// Input limits of the card parser and the error it raises when they are exceeded.

/** Model answers are a few KB; a megabyte is generous for pasted notes and keeps parsing well under a second. */
export const MAX_CARD_INPUT_CHARS = 1_000_000;

/** Deepest JSON nesting the tolerant JSON reader follows (cards sit at depth 1–3). */
export const MAX_JSON_DEPTH = 16;

/** How many `[`/`{` starts that yield no card the JSON extractor tries, so hostile input cannot make it quadratic. */
export const MAX_JSON_ATTEMPTS = 64;

/** Longest bold term a "**Term** — definition" line may start with; longer bold text is an emphasised sentence. */
export const MAX_TERM_CHARS = 120;

/** Fewest lines of one separator format ("a | b", "a :: b", "**a** — b") that make a list of cards. */
export const MIN_SEPARATED_RUN = 2;

export class CardParseError extends Error {
  override readonly name = 'CardParseError';
}

export function assertInputSize(text: string): void {
  if (text.length > MAX_CARD_INPUT_CHARS) {
    throw new CardParseError(
      `card text is ${text.length.toLocaleString('en-US')} characters; the card parser accepts at most ` +
        `${MAX_CARD_INPUT_CHARS.toLocaleString('en-US')}`,
    );
  }
}
