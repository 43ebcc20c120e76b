// Prompt evaluation and token generation may run fastest at different thread counts (batches scale
// with cores; single tokens are bound by memory bandwidth). node-llama-cpp sets one count per context,
// but its thread splitter re-reads `llama.maxThreads` before every decode, so the host switches that
// cap: the prompt count while any request is evaluating a prompt, the generation count otherwise.
// A context's own count is capped by `maxThreads` when it is created, so contexts are created under
// the wider of the two counts.

/** The part of node-llama-cpp's Llama this needs (a plain object in unit tests). */
export interface ThreadCap {
  maxThreads: number;
}

export interface ThreadCounts {
  promptThreads: number;
  generationThreads: number;
}

/** One request's prompt phase: `promptDone` at its first generated token, `end` when it finishes. */
export interface PromptPhase {
  promptDone(): void;
  end(): void;
}

export class ThreadPhases {
  private inPrompt = 0;
  private creating = 0;

  constructor(
    private readonly llama: ThreadCap,
    private counts: ThreadCounts,
  ) {
    this.apply();
  }

  get current(): ThreadCounts {
    return { ...this.counts };
  }

  /** The count contexts are created with: the larger of the two, so either phase can use it. */
  get widest(): number {
    return Math.max(this.counts.promptThreads, this.counts.generationThreads);
  }

  /** Runs a context creation under the widest cap (node-llama-cpp caps a context's threads then). */
  async creatingContext<T>(create: () => Promise<T>): Promise<T> {
    this.creating++;
    this.apply();
    try {
      return await create();
    } finally {
      this.creating--;
      this.apply();
    }
  }

  /** New counts (a finished calibration); applies at once. */
  set(counts: ThreadCounts): void {
    this.counts = { ...counts };
    this.apply();
  }

  /** Starts a request that first evaluates a prompt (an answer) or only evaluates batches (scoring). */
  startPrompt(): PromptPhase {
    this.inPrompt++;
    this.apply();
    let inPrompt = true;
    const leave = (): void => {
      if (!inPrompt) return;
      inPrompt = false;
      this.inPrompt--;
      this.apply();
    };
    return { promptDone: leave, end: leave };
  }

  private apply(): void {
    const { promptThreads, generationThreads } = this.counts;
    this.llama.maxThreads = this.creating > 0 ? this.widest : this.inPrompt > 0 ? promptThreads : generationThreads;
  }
}
