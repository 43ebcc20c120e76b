// Word lists written as whitespace-separated blocks, read into sets the matchers look words up in.

/** Every word of the block, as written. */
export function wordSet(block: string): ReadonlySet<string> {
  return new Set(block.split(/\s+/).filter((word) => word.length > 0));
}

/** Every entry of the block, a hyphen joining the words of a phrase ("chicken-soup" → "chicken soup"). */
export function phraseSet(block: string): ReadonlySet<string> {
  return new Set([...wordSet(block)].map((entry) => entry.replace(/-/g, ' ')));
}
