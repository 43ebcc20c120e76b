// Make-cards review state: proposals as editable rows; duplicates start unticked.
import type { CardProposal } from '../../../../../../preload/contract/features/card-tools';

export interface ProposalRow extends CardProposal {
  chosen: boolean;
}

export function toRows(proposals: readonly CardProposal[]): ProposalRow[] {
  return proposals.map((proposal) => ({ ...proposal, chosen: !proposal.duplicate }));
}

/** The ticked rows with both sides filled in, ready for cards:createMany. */
export function chosenCards(
  rows: readonly ProposalRow[],
): { front: string; back: string; noteType: 'basic' | 'cloze' }[] {
  return rows
    .filter((row) => row.chosen && row.front.trim() !== '' && row.back.trim() !== '')
    .map((row) => ({ front: row.front.trim(), back: row.back.trim(), noteType: row.type }));
}
