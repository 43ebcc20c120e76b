// What the bench passes to the bare node-llama-cpp process and what it prints back.

export interface RawProcessConfig {
  mode: 'fit' | 'evaluate' | 'chat';
  modelPath: string;
  threads: number;
  maxTokens: number;
  runs: number;
  /** fit: the prompt size to reach; ignored by the other modes. */
  promptTokens: number;
  /** evaluate/chat: the question (qa profile, no history). */
  question: string;
  sampling: { temperature: number; topP: number };
}

/** One measured answer: prompt size and evaluation time, and a timestamp (ms) per generated token. */
export interface RawRun {
  promptTokens: number;
  /** From the call to the first token: prompt evaluation plus one sampling step. */
  promptMs: number;
  tokenTimes: number[];
}

export type RawProcessOutput =
  | { mode: 'fit'; question: string; promptTokens: number }
  | { mode: 'evaluate' | 'chat'; runs: RawRun[]; peakRssBytes: number | null };
