// What the page reports after trying to reach another origin (outside-requests.browser.ts → offline.spec.ts).
export interface OutsideAttempts {
  /** Per kind: "loaded"/"queued" (it got out) or "blocked"/"threw …"/"no answer" (it did not). */
  results: Record<string, string>;
  /** "<directive> <blocked URL>" per securitypolicyviolation event. */
  violations: string[];
}
