// Catalog completeness: every language has every namespace and key of English, the plural forms its own plural
// rules need, the same {{placeholders}} and <tags>, and no empty text. A missing translation fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../../renderer/src/i18n/languages';
import { NAMESPACES, resources } from '../../../renderer/src/i18n/resources';

const LOCALES = join(import.meta.dirname, '../../../renderer/src/i18n/locales');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Flat = Map<string, string>;

function flatten(value: unknown, prefix: string, into: Flat, problems: string[]): Flat {
  if (typeof value === 'string') into.set(prefix, value);
  else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value))
      flatten(child, prefix === '' ? key : `${prefix}.${key}`, into, problems);
  } else problems.push(`${prefix}: only strings and objects belong in a catalog`);
  return into;
}

function readCatalog(language: string, namespace: string): unknown {
  return JSON.parse(readFileSync(join(LOCALES, language, `${namespace}.json`), 'utf8'));
}

function namespacesOnDisk(language: string): string[] {
  return readdirSync(join(LOCALES, language))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/** "{{count, number}}" → "count, number"; "$t(other.key)" and "<1>…</1>" count too: they must survive translation. */
function markers(text: string): string[] {
  const found = [
    ...[...text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)].map((m) => `{{${(m[1] ?? '').replace(/\s*,\s*/g, ', ')}}}`),
    ...[...text.matchAll(/\$t\(([^)]*)\)/g)].map((m) => `$t(${m[1] ?? ''})`),
    ...[...text.matchAll(/<\/?[\w-]+\s*\/?>/g)].map((m) => m[0].replace(/\s+/g, '')),
  ];
  return [...new Set(found)].sort();
}

function pluralCategories(language: string): string[] {
  return [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
}

/** The keys a language must have: English's plain keys, and each plural base in all of its own categories. */
function expectedKeys(english: Flat, language: string): Map<string, string> {
  const expected = new Map<string, string>(); // key → the English key its placeholders are compared with
  for (const key of english.keys()) {
    const plural = PLURAL_SUFFIX.exec(key);
    if (plural === null) expected.set(key, key);
    else {
      const base = key.slice(0, plural.index);
      for (const category of pluralCategories(language)) expected.set(`${base}_${category}`, `${base}_other`);
    }
  }
  return expected;
}

const english = new Map(NAMESPACES.map((ns) => [ns, flatten(readCatalog('en', ns), '', new Map(), [])]));

describe('catalog files', () => {
  it('every language has exactly the namespaces English has, and resources.ts bundles each file', () => {
    const onDisk = namespacesOnDisk('en');
    expect([...NAMESPACES].sort()).toEqual(onDisk);
    for (const language of SUPPORTED_LANGUAGES) {
      expect(namespacesOnDisk(language), language).toEqual(onDisk);
      for (const ns of NAMESPACES)
        expect(resources[language][ns], `${language}/${ns}`).toEqual(readCatalog(language, ns));
    }
  });

  it('holds only strings, none empty or padded', () => {
    for (const language of SUPPORTED_LANGUAGES) {
      for (const ns of NAMESPACES) {
        const problems: string[] = [];
        const flat = flatten(readCatalog(language, ns), '', new Map(), problems);
        for (const [key, text] of flat) {
          if (text.trim() === '') problems.push(`${key}: empty`);
          else if (text !== text.trim()) problems.push(`${key}: leading or trailing space`);
        }
        expect(problems, `${language}/${ns}`).toEqual([]);
      }
    }
  });

  it('English has every plural form English needs', () => {
    for (const [ns, flat] of english) {
      const missing = [...expectedKeys(flat, 'en').keys()].filter((key) => !flat.has(key));
      expect(missing, `en/${ns}`).toEqual([]);
    }
  });
});

describe.each(SUPPORTED_LANGUAGES.filter((language) => language !== 'en'))('%s', (language) => {
  it.each(NAMESPACES)('%s: the same keys as English, with this language’s plural forms', (ns) => {
    const flat = flatten(readCatalog(language, ns), '', new Map(), []);
    const expected = expectedKeys(english.get(ns) ?? new Map(), language);
    const missing = [...expected.keys()].filter((key) => !flat.has(key));
    const extra = [...flat.keys()].filter((key) => !expected.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(NAMESPACES)('%s: the same placeholders, nesting and tags as English', (ns) => {
    const source = english.get(ns) ?? new Map<string, string>();
    const flat = flatten(readCatalog(language, ns), '', new Map(), []);
    const mismatches: string[] = [];
    for (const [key, englishKey] of expectedKeys(source, language)) {
      const want = markers(source.get(englishKey) ?? '');
      const got = markers(flat.get(key) ?? '');
      if (JSON.stringify(want) !== JSON.stringify(got)) mismatches.push(`${key}: ${got.join(' ')} ≠ ${want.join(' ')}`);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('the completeness check itself', () => {
  it('asks Spanish and French for a "many" form and German for none', () => {
    const flat: Flat = new Map([
      ['cards_one', '{{count}} card'],
      ['cards_other', '{{count}} cards'],
    ]);
    expect([...expectedKeys(flat, 'es').keys()].sort()).toEqual(['cards_many', 'cards_one', 'cards_other']);
    expect([...expectedKeys(flat, 'fr').keys()].sort()).toEqual(['cards_many', 'cards_one', 'cards_other']);
    expect([...expectedKeys(flat, 'de').keys()].sort()).toEqual(['cards_one', 'cards_other']);
  });

  it('reads placeholders with their format, nesting and tags', () => {
    expect(markers('Hi {{ name }}: {{count,number}} $t(common:x) <1>go</1> <br/>')).toEqual(
      ['$t(common:x)', '</1>', '<1>', '<br/>', '{{count, number}}', '{{name}}'].sort(),
    );
  });
});
