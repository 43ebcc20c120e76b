// Where a GGUF LoRA adapter came from: its `adapter.source.*` metadata (written by the PEFT
// converter), as short key/value pairs for the UI.
import type { GgufHeader } from '../gguf/gguf-header';
import type { GgufValue } from '../gguf/gguf-types';

export interface ProvenanceEntry {
  key: string;
  value: string;
}

const PREFIX = 'adapter.source';
const MAX_ENTRIES = 32;
const MAX_VALUE_CHARS = 500;

/** The adapter's provenance, in file order; empty when it records none (e.g. converted by llama.cpp). */
export function adapterProvenance(header: GgufHeader): ProvenanceEntry[] {
  const entries: ProvenanceEntry[] = [];
  for (const [key, value] of header.metadata) {
    if (!key.startsWith(PREFIX) || entries.length >= MAX_ENTRIES) continue;
    const text = valueText(value);
    if (text === '') continue;
    // "adapter.source.base_model" → "base_model": the prefix says nothing to a reader.
    const name = key === PREFIX ? 'source' : key.slice(PREFIX.length + 1);
    entries.push({ key: name, value: text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text });
  }
  return entries;
}

function valueText(value: GgufValue): string {
  if (value.type === 'array') return value.value.map((item) => String(item)).join(', ');
  return String(value.value);
}
