// Accuracy figures for the scope guard: per class precision/recall/F1, per kind and per language accuracy.
import type { ScopeLabel } from '../main/services/scope';
import type { LabelledQuestion } from './scope-data';

export interface ScoredQuestion extends LabelledQuestion {
  predicted: ScopeLabel;
}

export interface ClassFigures {
  label: ScopeLabel;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface GroupAccuracy {
  group: string;
  accuracy: number;
  count: number;
}

export function classFigures(items: readonly ScoredQuestion[], label: ScopeLabel): ClassFigures {
  const truePositive = items.filter((item) => item.label === label && item.predicted === label).length;
  const predicted = items.filter((item) => item.predicted === label).length;
  const support = items.filter((item) => item.label === label).length;
  const precision = predicted === 0 ? 0 : truePositive / predicted;
  const recall = support === 0 ? 0 : truePositive / support;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { label, precision, recall, f1, support };
}

export function accuracy(items: readonly ScoredQuestion[]): number {
  return items.length === 0 ? 0 : items.filter((item) => item.label === item.predicted).length / items.length;
}

/** Accuracy per value of a field ("kind", "lang"), groups in first-seen order. */
export function accuracyBy(items: readonly ScoredQuestion[], field: 'kind' | 'lang'): GroupAccuracy[] {
  const groups = new Map<string, ScoredQuestion[]>();
  for (const item of items) groups.set(item[field], [...(groups.get(item[field]) ?? []), item]);
  return [...groups].map(([group, members]) => ({ group, accuracy: accuracy(members), count: members.length }));
}

/** The value at quantile q (0–1) of the sorted values, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}
