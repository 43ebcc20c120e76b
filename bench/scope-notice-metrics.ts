// Safety-notice figures for a labelled set: per-kind recall and false notices, complete coverage, and how many
// questions that need a notice the scope guard declines.
import type { ScopeLabel } from '../main/services/scope';

export interface NoticeScoredQuestion {
  label: ScopeLabel;
  predicted: ScopeLabel;
  /** The notice kinds the question should get (`[]` for none). */
  expected: readonly string[];
  /** The notice kinds the safety detector gave it. */
  got: readonly string[];
}

export interface NoticeKindFigures {
  kind: string;
  /** Questions that expected this kind. */
  expected: number;
  /** Of those, how many got it. */
  hits: number;
  /** hits / expected (NaN when nothing expected it). */
  recall: number;
  /** Questions that got this kind without expecting it. */
  falseNotices: number;
}

export interface NoticeFigures {
  kinds: NoticeKindFigures[];
  /** Questions expecting at least one notice. */
  needing: number;
  /** Of those, how many got every expected kind. */
  complete: number;
  /** Questions expecting no notice, and how many of them got one anyway. */
  expectingNone: number;
  expectingNoneWithNotice: number;
  /** Medical questions expecting a notice, and how many of them the guard declined. */
  needingMedical: number;
  declined: number;
  /** Of those, how many got none of their expected kinds, and how many only some. */
  declinedWithoutNotice: number;
  declinedMissingSome: number;
}

/** Kinds in `order` first (the app's display order), then any other kind alphabetically. */
function orderKinds(kinds: Iterable<string>, order: readonly string[]): string[] {
  const unique = [...new Set(kinds)];
  const rank = (kind: string) => (order.includes(kind) ? order.indexOf(kind) : order.length);
  return unique.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export function noticeFigures(items: readonly NoticeScoredQuestion[], order: readonly string[] = []): NoticeFigures {
  const allKinds = orderKinds(
    items.flatMap((item) => [...item.expected, ...item.got]),
    order,
  );
  const kinds = allKinds.map((kind): NoticeKindFigures => {
    const expecting = items.filter((item) => item.expected.includes(kind));
    const hits = expecting.filter((item) => item.got.includes(kind)).length;
    const falseNotices = items.filter((item) => item.got.includes(kind) && !item.expected.includes(kind)).length;
    const recall = expecting.length === 0 ? Number.NaN : hits / expecting.length;
    return { kind, expected: expecting.length, hits, recall, falseNotices };
  });
  const needing = items.filter((item) => item.expected.length > 0);
  const gotAll = (item: NoticeScoredQuestion) => item.expected.every((kind) => item.got.includes(kind));
  const gotAny = (item: NoticeScoredQuestion) => item.expected.some((kind) => item.got.includes(kind));
  const needingMedical = needing.filter((item) => item.label === 'medical');
  const declined = needingMedical.filter((item) => item.predicted === 'out_of_scope');
  const expectingNone = items.filter((item) => item.expected.length === 0);
  return {
    kinds,
    needing: needing.length,
    complete: needing.filter(gotAll).length,
    expectingNone: expectingNone.length,
    expectingNoneWithNotice: expectingNone.filter((item) => item.got.length > 0).length,
    needingMedical: needingMedical.length,
    declined: declined.length,
    declinedWithoutNotice: declined.filter((item) => !gotAny(item)).length,
    declinedMissingSome: declined.filter((item) => gotAny(item) && !gotAll(item)).length,
  };
}
