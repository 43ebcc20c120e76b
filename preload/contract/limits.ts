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
  /**
   * Card tags, for every end (contract, store, editor, imports). Anki decks are tagged richly: a note of
   * the widely used medical decks carries a hierarchical tag per resource and per question bank item
   * ("#AK_Step1_v12::#B&B::16_Neuro::02_Nervous_System_Structures::02_Spinal_Cord" is 78 characters),
   * often dozens of them; imported tags must stay editable, so the caps sit well above real decks.
   */
  tagChars: 200,
  tagsPerCard: 250,
} as const;
