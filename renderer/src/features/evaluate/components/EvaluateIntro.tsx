// What the Evaluate view measures, in a few sentences a student can follow.
export function EvaluateIntro() {
  return (
    <div className="flex flex-col gap-1">
      <h2 className="text-lg font-semibold text-slate-900 dark:text-slate-50">Evaluate the adapter</h2>
      <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-300">
        <strong>Perplexity</strong> measures how surprised the model is by the reference answers in a data file (one
        JSON object per line with a <code>question</code> and an <code>answer</code>): e to the mean negative
        log-likelihood per token, each pair written in the adapter&apos;s prompt format.{' '}
        <strong>Lower is better</strong>; 1 would mean every token was predicted with certainty.{' '}
        <em>Answer tokens only</em> scores just the answer; <em>whole sequence</em> also counts the question and the
        prompt markers, like the figure the adapter&apos;s authors published for their training run (shown below next to
        yours). Base and base + adapter are scored on the same file, and every run is stored with its date, model and
        adapter.
      </p>
    </div>
  );
}
