// Three pulsing dots while an answer streams. Deliberately text-free, so the answer's visible text
// is only what the model wrote; screen readers get the label instead.
export function TypingIndicator() {
  return (
    <span role="status" aria-label="Generating answer" className="inline-flex items-center gap-1 py-1 align-middle">
      <span className="h-1.5 w-1.5 animate-pulse rounded-full bg-teal-600 dark:bg-teal-400" />
      <span className="h-1.5 w-1.5 animate-pulse rounded-full bg-teal-600 [animation-delay:150ms] dark:bg-teal-400" />
      <span className="h-1.5 w-1.5 animate-pulse rounded-full bg-teal-600 [animation-delay:300ms] dark:bg-teal-400" />
    </span>
  );
}
