// Copies text and reports "copied" for a moment so the button can say so.
import { useCallback, useEffect, useState } from 'react';

const COPIED_FEEDBACK_MS = 1500;

export function useCopyToClipboard(): { copied: boolean; failed: boolean; copy(text: string): void } {
  const [copied, setCopied] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!copied && !failed) return;
    const timer = setTimeout(() => {
      setCopied(false);
      setFailed(false);
    }, COPIED_FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [copied, failed]);

  const copy = useCallback((text: string) => {
    navigator.clipboard.writeText(text).then(
      () => setCopied(true),
      () => setFailed(true),
    );
  }, []);

  return { copied, failed, copy };
}
