// The bundled model catalog and its rules: pinned revisions, hashes or X-Linked-Etag, safe file names.
import { describe, expect, it } from 'vitest';
import {
  CatalogError,
  entryPaths,
  fileUrl,
  loadCatalog,
  normalizeBaseUrl,
  parseCatalog,
  type Catalog,
} from '../../../main/services/catalog';

const bundled = loadCatalog();

describe('bundled catalog', () => {
  it('pins TinyLlama Q4_K_M (default) by revision, size and SHA-256', () => {
    const q4 = bundled.entries.find((e) => e.id === 'tinyllama-1.1b-chat-v1.0-q4_k_m');
    expect(q4).toMatchObject({ kind: 'model', isDefault: true, repo: 'TheBloke/TinyLlama-1.1B-Chat-v1.0-GGUF' });
    expect(q4?.revision).toMatch(/^[0-9a-f]{40}$/);
    expect(q4?.files).toEqual([
      {
        path: 'tinyllama-1.1b-chat-v1.0.Q4_K_M.gguf',
        sizeBytes: 668788096,
        approxSizeBytes: 668788096,
        sha256: '9fecc3b3cd76bba89d504f29b616eedf7da85b96540e490ca5824d3f7d2776a0',
        verify: 'sha256',
      },
    ]);
    expect(bundled.entries.filter((e) => e.isDefault)).toHaveLength(1);
  });

  it('verifies Q8_0 by the X-Linked-Etag Hugging Face sends, and says so in its description', () => {
    const q8 = bundled.entries.find((e) => e.id === 'tinyllama-1.1b-chat-v1.0-q8_0');
    expect(q8?.files[0]).toMatchObject({ sha256: null, verify: 'x-linked-etag' });
    expect(bundled.description).toMatch(/X-Linked-Etag/);
    expect(bundled.description).toMatch(/Nothing here is ever fetched or resolved without the user pressing Download/);
  });

  it('builds pinned Hugging Face resolve URLs, and the adapter URL only from its configured source', () => {
    const q4 = bundled.entries[0]!;
    expect(fileUrl(bundled, q4, q4.files[0]!, null)).toBe(
      `https://huggingface.co/TheBloke/TinyLlama-1.1B-Chat-v1.0-GGUF/resolve/${q4.revision}/tinyllama-1.1b-chat-v1.0.Q4_K_M.gguf`,
    );
    const adapter = bundled.entries.find((e) => e.kind === 'peft-adapter')!;
    expect(adapter.files.map((f) => f.path)).toEqual(['adapter_config.json', 'adapter_model.safetensors']);
    expect(fileUrl(bundled, adapter, adapter.files[1]!, null)).toBeNull();
    expect(fileUrl(bundled, adapter, adapter.files[1]!, 'https://example.org/peft')).toBe(
      'https://example.org/peft/adapter_model.safetensors',
    );
  });

  it('a URL base override (mirror or test server) replaces the hub, and install paths stay in the models folder', () => {
    const local = loadCatalog({ urlBase: 'http://127.0.0.1:9999/' });
    const q4 = local.entries[0]!;
    expect(fileUrl(local, q4, q4.files[0]!, null)).toMatch(/^http:\/\/127\.0\.0\.1:9999\/TheBloke\//);
    const adapter = local.entries.find((e) => e.kind === 'peft-adapter')!;
    expect(entryPaths(adapter, '/data/models')).toEqual({
      dir: '/data/models/medical-lora/peft',
      files: [
        '/data/models/medical-lora/peft/adapter_config.json',
        '/data/models/medical-lora/peft/adapter_model.safetensors',
      ],
      installed: '/data/models/medical-lora/medical-lora.gguf',
    });
  });
});

describe('catalog validation', () => {
  const base = (): Catalog => structuredClone(bundled);

  it('refuses a file name that could leave the models folder', () => {
    const catalog = base();
    catalog.entries[0]!.files[0]!.path = '../evil.gguf';
    expect(() => parseCatalog(catalog, 'test')).toThrow(/entries\.0\.files\.0\.path: file names are plain names/);
  });

  it('refuses "verify: sha256" without a hash, and an unpinned model', () => {
    const noHash = base();
    noHash.entries[0]!.files[0]!.sha256 = null;
    expect(() => parseCatalog(noHash, 'test')).toThrow(/verify is "sha256" exactly when a sha256 is recorded/);
    const unpinned = base();
    unpinned.entries[0]!.revision = null;
    expect(() => parseCatalog(unpinned, 'test')).toThrow(/pinned to a repo and revision/);
  });

  it('refuses duplicate ids', () => {
    const catalog = base();
    catalog.entries.push(structuredClone(catalog.entries[0]!));
    expect(() => parseCatalog(catalog, 'test')).toThrow(CatalogError);
  });

  it('base URLs must be http(s) without credentials, query or fragment', () => {
    expect(normalizeBaseUrl(' https://hf.example/x/ ', 'URL')).toBe('https://hf.example/x');
    expect(() => normalizeBaseUrl('ftp://x', 'The adapter source URL')).toThrow(
      'The adapter source URL must start with https:// (or http://), got "ftp:".',
    );
    expect(() => normalizeBaseUrl('https://u:p@x', 'URL')).toThrow(/user name or password/);
    expect(() => normalizeBaseUrl('https://x/?a=1', 'URL')).toThrow(/"\?" or "#"/);
    expect(() => normalizeBaseUrl('not a url', 'URL')).toThrow(/not a valid URL/);
  });
});
