// Size caps shared by every end of the IPC contract: main rejects anything larger before parsing.

export const LIMITS = {
  /** Whole serialized payload of one invoke, in bytes. */
  payloadBytes: 256 * 1024,
  /** Objects/arrays inside one another (the payload is 1); the deepest real request uses 4. */
  payloadDepth: 16,
  /** A question or message the user types. */
  messageChars: 32_000,
  titleChars: 200,
  searchChars: 200,
  pathChars: 4096,
  maxNewTokens: 4096,
} as const;
