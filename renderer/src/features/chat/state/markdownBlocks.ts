// Splits a growing Markdown answer into finished blocks plus the unfinished tail, so while
// streaming only the tail is re-parsed each frame (re-parsing everything is O(n²) over an answer).

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * A boundary is a blank line (outside code fences) whose next line has started and is not
 * indented (so list continuations and indented code stay with their block). Text is only ever
 * appended, so once a block is returned as stable it never changes.
 */
export function splitStableBlocks(text: string): { stable: string[]; tail: string } {
  const lines = text.split('\n');
  const stable: string[] = [];
  let start = 0;
  let fence: string | null = null;

  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i] ?? '';
    const marker = FENCE.exec(line)?.[1];
    if (marker !== undefined) {
      if (fence === null) fence = marker[0] ?? null;
      else if (marker[0] === fence) fence = null;
      continue;
    }
    if (fence !== null || line.trim() !== '') continue;
    const next = lines[i + 1] ?? '';
    if (next === '' || /^\s/.test(next)) continue;
    if (i > start) stable.push(lines.slice(start, i).join('\n'));
    start = i + 1;
  }
  return { stable, tail: lines.slice(start).join('\n') };
}
