// The bundled model catalog and its rules: pinned revisions, hashes or X-Linked-Etag, safe file names.
import { describe, expect, it } from 'vitest';
import {
  CatalogError,
  defaultSourceUrl,
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

  it('builds pinned Hugging Face resolve URLs; the adapter comes from its pinned commit unless a source URL is set', () => {
    const q4 = bundled.entries[0]!;
    expect(fileUrl(bundled, q4, q4.files[0]!, null)).toBe(
      `https://huggingface.co/TheBloke/TinyLlama-1.1B-Chat-v1.0-GGUF/resolve/${q4.revision}/tinyllama-1.1b-chat-v1.0.Q4_K_M.gguf`,
    );
    const adapter = bundled.entries.find((e) => e.kind === 'peft-adapter')!;
    expect(adapter.files.map((f) => f.path)).toEqual(['adapter_config.json', 'adapter_model.safetensors']);
    expect(fileUrl(bundled, adapter, adapter.files[1]!, 'https://example.org/peft')).toBe(
      'https://example.org/peft/adapter_model.safetensors',
    );
  });

  it('pins the medical adapter to commit f303a26 of Muhodari/domain_specific by the two git blob ids', () => {
    const adapter = bundled.entries.find((e) => e.id === 'medical-lora')!;
    const commit = 'f303a26d5cd85f9db538ea52911b869ca507f47d';
    expect(defaultSourceUrl(adapter)).toBe(
      `https://raw.githubusercontent.com/Muhodari/domain_specific/${commit}/medical-assistant-lora`,
    );
    expect(adapter.files.map((file) => [fileUrl(bundled, adapter, file, null), file.verify, file.gitBlobSha1])).toEqual(
      [
        [
          `https://raw.githubusercontent.com/Muhodari/domain_specific/${commit}/medical-assistant-lora/adapter_config.json`,
          'git-blob',
          'bd37e259b73a32b846fb468027ce4140606ade95',
        ],
        [
          `https://raw.githubusercontent.com/Muhodari/domain_specific/${commit}/medical-assistant-lora/adapter_model.safetensors`,
          'git-blob',
          'ca0b7ff7e3c74aad520ec83739dd05101c43e538',
        ],
      ],
    );
    expect(adapter.defaultSource?.repoUrl).toBe('https://github.com/Muhodari/domain_specific');
    expect(bundled.description).toMatch(/"verify": "git-blob"/);
    expect(bundled.description).toMatch(/SHA-1 over "blob <size>" plus a NUL byte, then the bytes/);
  });

  it("carries the adapter authors' published evaluation: eval loss 0.9049 at step 250, as data", () => {
    const published = bundled.entries.find((e) => e.id === 'medical-lora')!.publishedEvaluation!;
    expect(published.step).toBe(250);
    expect(published.evalLoss.toFixed(4)).toBe('0.9049');
    expect(Math.exp(published.evalLoss).toFixed(2)).toBe('2.47');
    expect(published.source).toMatch(/^medical-assistant-lora\/checkpoint-250\/trainer_state\.json/);
    expect(published.note).toMatch(/training tokenizer on the held-out split/);
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

  it('refuses "verify: git-blob" without a blob id, a blob id on another mode, and a default source on a model', () => {
    const adapterIndex = bundled.entries.findIndex((e) => e.kind === 'peft-adapter');
    const noBlob = base();
    noBlob.entries[adapterIndex]!.files[0]!.gitBlobSha1 = null;
    expect(() => parseCatalog(noBlob, 'test')).toThrow(/verify is "git-blob" exactly when a gitBlobSha1 is recorded/);
    const shortBlob = base();
    shortBlob.entries[adapterIndex]!.files[0]!.gitBlobSha1 = 'abc';
    expect(() => parseCatalog(shortBlob, 'test')).toThrow(/gitBlobSha1 must be 40 lowercase hex digits/);
    const modelWithSource = base();
    modelWithSource.entries[0]!.defaultSource = bundled.entries[adapterIndex]!.defaultSource;
    expect(() => parseCatalog(modelWithSource, 'test')).toThrow(/only the adapter entry has a defaultSource/);
    const escaping = base();
    escaping.entries[adapterIndex]!.defaultSource!.folder = 'a/../b';
    expect(() => parseCatalog(escaping, 'test')).toThrow(/folder/);
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
