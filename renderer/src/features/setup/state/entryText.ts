// What the setup screen says about a catalog entry. The catalog's own name and summary come from main in
// English: the adapter (the screen only knows the medical one) and the models whose compression it knows get
// their words from the `setup` catalog instead; any other model keeps what its catalog file says.
import type { CatalogEntryView } from '../../../../../preload/contract/features/downloads';
import type { TFunction } from '../../../i18n';

/** The adapter's name in the UI language; a model keeps its own name (a product name with its compression). */
export function entryName(t: TFunction<'setup'>, entry: CatalogEntryView): string {
  return entry.kind === 'peft-adapter' ? t('adapter.name') : entry.name;
}

/** One line on what the entry is: how strongly a model is compressed, or what the adapter was trained on. */
export function entrySummary(t: TFunction<'setup'>, entry: CatalogEntryView): string {
  if (entry.kind === 'peft-adapter') return t('adapter.summary');
  const quantization = entry.quantization?.toUpperCase() ?? '';
  if (quantization.startsWith('Q4')) return t('model.summaryQ4');
  if (quantization.startsWith('Q8')) return t('model.summaryQ8');
  return entry.summary;
}

/** How the entry's files are checked, in plain words with the technical name in brackets. */
export const VERIFICATION_KEYS = {
  sha256: 'model.verification.sha256',
  'x-linked-etag': 'model.verification.xLinkedEtag',
  'git-blob': 'model.verification.gitBlob',
  'if-sent': 'model.verification.ifSent',
} as const satisfies Record<CatalogEntryView['verification'], string>;

/** The term a verification's tip explains (none for a check made while converting). */
export const VERIFICATION_TERMS = {
  sha256: 'sha256',
  'x-linked-etag': 'sha256',
  'git-blob': 'gitBlob',
  'if-sent': null,
} as const satisfies Record<CatalogEntryView['verification'], string | null>;
