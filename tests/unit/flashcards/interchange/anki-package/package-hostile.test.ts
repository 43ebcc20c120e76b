// Damaged and hostile packages: each is refused with one clear InterchangeFormatError, before
// anything is imported, without unpacking more than the caps allow.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InterchangeFormatError } from '../../../../../main/services/flashcards/interchange';
import {
  readAnkiPackage,
  type AnkiPackageLimits,
} from '../../../../../main/services/flashcards/interchange/anki/package';
import { sampleContent } from '../../../../fixtures/anki/package-content';
import { proto } from '../../../../fixtures/anki/protobuf-writer';
import {
  ankiZstd,
  mediaEntries,
  packageMeta,
  writeAnkiPackage,
  type PackageFormat,
  type PackageOptions,
} from '../../../../fixtures/anki/write-anki-package';

const MIB = 1024 * 1024;
const content = sampleContent();
const latest = (options: PackageOptions = {}) => writeAnkiPackage(content, 'latest', options);

function refusal(bytes: Uint8Array, limits: Partial<AnkiPackageLimits> = {}): string {
  try {
    readAnkiPackage(bytes, { limits });
  } catch (error) {
    expect(error).toBeInstanceOf(InterchangeFormatError);
    return (error as Error).message;
  }
  throw new Error('the package was accepted');
}

function readRefusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InterchangeFormatError);
    return (error as Error).message;
  }
  throw new Error('the read succeeded');
}

describe('zstd damage and bombs', () => {
  it('refuses a collection that is not zstd, or a cut-off frame', () => {
    expect(refusal(latest({ override: { 'collection.anki21b': strToU8('SQLite format 3\0 and more') } }))).toBe(
      'collection.anki21b is not valid zstd data: no zstd frame starts at byte 0',
    );
    const frame = ankiZstd(new Uint8Array(300_000).map((_v, i) => (i * 7919) % 251));
    expect(refusal(latest({ override: { 'collection.anki21b': frame.subarray(0, frame.length - 20) } }))).toBe(
      'collection.anki21b is not valid zstd data: it is truncated (in a block)',
    );
  });

  it('refuses a collection that decompresses beyond its cap (a few KiB of zstd, 64 MiB of zeros)', () => {
    const bomb = ankiZstd(new Uint8Array(64 * MIB));
    expect(bomb.length).toBeLessThan(10_000);
    expect(refusal(latest({ override: { 'collection.anki21b': bomb } }), { maxCollectionBytes: MIB })).toBe(
      'collection.anki21b would decompress to more than 1 MiB; refusing to open it',
    );
  });

  it('refuses a media file that decompresses beyond its cap, and one whose bytes do not match the list', () => {
    const bomb = readAnkiPackage(latest({ override: { '0': ankiZstd(new Uint8Array(64 * MIB)) } }), {
      limits: { maxMediaFileBytes: MIB },
    });
    expect(readRefusal(() => bomb.media[0]?.read())).toBe(
      'Media file "alveolus.png" would decompress to more than 1 MiB; refusing to open it',
    );
    const swapped = readAnkiPackage(latest({ override: { '0': ankiZstd(strToU8('not the picture')) } }));
    expect(readRefusal(() => swapped.media[0]?.read())).toBe(
      'Media file "alveolus.png" is damaged: 15 bytes instead of 73',
    );
  });

  it('counts every unpacked byte against the total, media reads included', () => {
    const bytes = latest();
    const opens = (total: number) => {
      try {
        return readAnkiPackage(bytes, { limits: { maxTotalBytes: total } }) !== undefined;
      } catch {
        return false;
      }
    };
    let least = 0; // the smallest total that still opens the package: media is not read yet
    for (let high = 10 * MIB; least < high;) {
      const mid = Math.floor((least + high) / 2);
      if (opens(mid)) high = mid;
      else least = mid + 1;
    }
    expect(refusal(bytes, { maxTotalBytes: least - 1 })).toMatch(/refusing to open it$/);
    const spent = readAnkiPackage(bytes, { limits: { maxTotalBytes: least } });
    expect(readRefusal(() => spent.media[0]?.read())).toBe(
      `This Anki package would unpack to more than ${Number((least / 1024).toFixed(1))} KiB in all; refusing to open it`,
    );
    const roomy = readAnkiPackage(bytes, { limits: { maxTotalBytes: least + 1000 } });
    expect(roomy.media[0]?.read()).toHaveLength(73);
  });
});

describe('protobuf garbage and unknown versions', () => {
  it('refuses a meta file that is not protobuf', () => {
    expect(refusal(latest({ override: { meta: Uint8Array.of(0xff, 0xff, 0xff) } }))).toBe(
      "This Anki package's meta file is damaged (not valid protobuf: truncated varint at byte 0)",
    );
  });

  it.each([4, 0, 99])('refuses a package of format %i, saying how to export instead', (version) => {
    expect(refusal(latest({ override: { meta: packageMeta(version) } }))).toBe(
      `This Anki package was made by a newer version of Anki (package format ${version}) than this app can read. ` +
        'In Anki, export again with "Support older Anki versions" ticked.',
    );
  });

  it('refuses a media list that is protobuf garbage, not zstd, or not JSON in a legacy package', () => {
    expect(refusal(latest({ override: { media: ankiZstd(Uint8Array.of(0x0a, 0x50, 0x01)) } }))).toBe(
      "This Anki package's media list is damaged (not valid protobuf: field 1 runs past the end (byte 0))",
    );
    expect(refusal(latest({ override: { media: mediaEntries(content.media) } }))).toBe(
      "This Anki package's media list is not valid zstd data: no zstd frame starts at byte 0",
    );
    expect(refusal(writeAnkiPackage(content, 'legacy2', { override: { media: strToU8('{"0": "a.png",') } }))).toBe(
      "This Anki package's media list is damaged (not valid JSON)",
    );
  });

  it('refuses a note type whose config blob is garbage', () => {
    const bytes = latest({ edit: (db) => db.exec("update notetypes set config = x'0a05' where name = 'Cloze'") });
    expect(refusal(bytes)).toBe(
      'collection.anki21b: the config of note type "Cloze" is damaged (not valid protobuf: field 1 runs past the end (byte 0))',
    );
  });
});

describe('collections that are not what they claim', () => {
  it('refuses a current collection missing its note type tables', () => {
    expect(refusal(latest({ omitTables: ['notetypes', 'templates'] }))).toBe(
      'collection.anki21b (schema 18) is damaged: it has no notetypes, templates tables',
    );
  });

  it('refuses a collection whose notes "table" is a view (it could run any query)', () => {
    const bytes = latest({
      edit: (db) => db.exec('drop table notes; create view notes as select * from cards'),
    });
    expect(refusal(bytes)).toBe('collection.anki21b is not an Anki collection: it has no notes table');
  });

  it('refuses text where a number belongs', () => {
    const bytes = latest({ edit: (db) => db.exec("update cards set due = 'tomorrow' where ord = 1") });
    expect(refusal(bytes)).toBe('collection.anki21b is damaged: cards.due holds "tomorrow", not a number');
  });

  it('refuses a collection that is not SQLite', () => {
    expect(refusal(latest({ override: { 'collection.anki21b': ankiZstd(strToU8('hello '.repeat(1000))) } }))).toMatch(
      /^collection\.anki21b is not a readable Anki collection \(file is not a database\)$/,
    );
  });
});

describe('unsafe and duplicate media names', () => {
  const unsafe: [string, string][] = [
    ['../../.bashrc', 'it contains a path separator'],
    ['/etc/passwd', 'it contains a path separator'],
    ['C:\\Windows\\evil.dll', 'it contains a path separator'],
    ['C:evil.dll', 'it starts with a drive letter'],
    ['..', 'it names a folder'],
    ['', 'it is empty'],
    ['bell\u0007.png', 'it contains a control character'],
  ];

  it.each<PackageFormat>(['latest', 'legacy2'])('refuses path traversal and absolute names (%s)', (format) => {
    for (const [name, reason] of unsafe) {
      const media = [{ name, bytes: Uint8Array.of(1) }];
      const bytes = writeAnkiPackage({ ...content, media }, format);
      expect(refusal(bytes)).toBe(
        `This Anki package lists an unsafe media file name ${JSON.stringify(name)} (${reason}); refusing to open it`,
      );
    }
  });

  it.each<PackageFormat>(['latest', 'legacy1'])('refuses a media name listed twice (%s)', (format) => {
    const media = [
      { name: 'heart.png', bytes: Uint8Array.of(1) },
      { name: 'heart.png', bytes: Uint8Array.of(2) },
    ];
    expect(refusal(writeAnkiPackage({ ...content, media }, format))).toBe(
      'This Anki package lists the media file "heart.png" twice (entries 0 and 1); refusing to guess which one',
    );
  });

  it('treats names that differ only in Unicode normalization as the same name', () => {
    const media = [
      { name: 'e\u0301cg.png', bytes: Uint8Array.of(1) },
      { name: '\u00e9cg.png', bytes: Uint8Array.of(2) },
    ];
    expect(refusal(writeAnkiPackage({ ...content, media }, 'latest'))).toMatch(/lists the media file "écg\.png" twice/);
  });
});

describe('packages without a collection', () => {
  it('refuses a zip holding no collection file', () => {
    const zip = zipSync({ media: strToU8('{}'), '0': Uint8Array.of(1) });
    expect(refusal(zip)).toBe(
      'This Anki package holds no collection.anki2, collection.anki21 or collection.anki21b: it is not an Anki package',
    );
  });

  it('refuses a package whose meta names a collection it does not hold', () => {
    expect(refusal(latest({ override: { 'collection.anki21b': null } }))).toBe(
      'This Anki package is damaged: its meta file names collection.anki21b, which the package does not hold',
    );
  });

  it('refuses a meta message with extra garbage fields of the wrong type', () => {
    const meta = proto().string(1, 'three').finish();
    expect(refusal(latest({ override: { meta } }))).toMatch(
      /meta file is damaged \(not valid protobuf: field 1 has wire type 2/,
    );
  });
});
