// Reading data.json back: the formats older apps wrote read as the current shape, unchanged otherwise; a newer
// format is refused with a message that says to update, and a file that is not an export says so.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../preload/contract/envelope';
import {
  EXPORT_FORMAT_VERSION,
  READABLE_EXPORT_FORMAT_VERSIONS,
  readExportedData,
} from '../../../main/services/data-export';

const conversation = {
  id: 1,
  title: 'Renal',
  createdAt: 1,
  updatedAt: 2,
  adapterEnabled: 0,
  adapterScale: 0.5,
  scopeOverride: null,
  messages: [{ id: 1, conversationId: 1, role: 'user', content: 'What is hypokalemia?', notices: [] }],
};
const deck = {
  id: 1,
  name: 'Renal',
  cards: [{ id: 1, deckId: 1, front: 'K+ low?', back: 'Hypokalemia', tags: ['renal'], scheduling: { due: 5 } }],
};

/** What the first app wrote (format 1): no notes, media or servers. */
const version1 = {
  formatVersion: 1,
  app: { name: 'Medical Education Assistant', version: '0.1.0' },
  exportedAt: '2026-01-01T00:00:00.000Z',
  schemaVersion: 6,
  counts: { conversations: 1, messages: 1, decks: 1, cards: 1, reviewLogs: 0, settings: 1, evaluationRuns: 0 },
  settings: { loraScale: 1 },
  conversations: [conversation],
  decks: [deck],
  reviewLogs: [],
  evaluationRuns: [],
};

/** Format 2: notes and media, but no servers and no conversation engine. */
const version2 = {
  ...version1,
  formatVersion: 2,
  counts: { ...version1.counts, noteTypes: 1, notes: 1, media: 0 },
  noteTypes: [{ id: 1, name: 'Basic', fields: ['Front', 'Back'] }],
  notes: [{ id: 1, guid: 'abc', noteTypeId: 1, fields: ['K+ low?', 'Hypokalemia'] }],
  mediaNames: [],
  media: [],
};

const version3 = {
  ...version2,
  formatVersion: 3,
  conversations: [{ ...conversation, engine: 'server-1' }],
  remoteServers: [{ id: 'server-1', name: 'Anatomy lab', hasApiKey: 1 }],
};

function refusal(text: string): ApiError {
  try {
    readExportedData(text);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('read without error');
}

describe('readExportedData', () => {
  it('the app writes format 3 and reads every format it ever wrote', () => {
    expect(EXPORT_FORMAT_VERSION).toBe(3);
    expect(READABLE_EXPORT_FORMAT_VERSIONS).toEqual([1, 2, 3]);
  });

  it('a format 1 export reads unchanged, with the notes, media, servers and engines it did not have empty', () => {
    const { data, fromVersion } = readExportedData(JSON.stringify(version1));
    expect(fromVersion).toBe(1);
    expect(data).toEqual({
      ...version1,
      formatVersion: 3,
      counts: { ...version1.counts, noteTypes: 0, notes: 0, media: 0 },
      conversations: [{ ...conversation, engine: null }],
      noteTypes: [],
      notes: [],
      mediaNames: [],
      media: [],
      remoteServers: [],
    });
  });

  it('a format 2 export keeps its notes; its conversations were answered on this computer', () => {
    const { data, fromVersion } = readExportedData(JSON.stringify(version2));
    expect(fromVersion).toBe(2);
    expect(data).toEqual({
      ...version2,
      formatVersion: 3,
      conversations: [{ ...conversation, engine: null }],
      remoteServers: [],
    });
  });

  it('a format 3 export reads as written', () => {
    expect(readExportedData(JSON.stringify(version3))).toEqual({ data: version3, fromVersion: 3 });
  });

  it('a newer format is refused with a message that names it and says to update', () => {
    const error = refusal(JSON.stringify({ ...version3, formatVersion: 4 }));
    expect(error.code).toBe('invalid_payload');
    expect(error.message).toMatch(/newer version of the app \(format 4\)/);
    expect(error.message).toMatch(/formats up to 3/);
    expect(error.message).toMatch(/Update the app/);
  });

  it('a file that is not an export, or a damaged one, is refused with the reason', () => {
    expect(refusal('{not json').message).toMatch(/not valid JSON/);
    expect(refusal(JSON.stringify({ decks: [] })).message).toMatch(/no format version/);
    expect(refusal(JSON.stringify([1, 2])).message).toMatch(/no format version/);
    for (const version of [0, -1, 2.5, '3', null]) {
      expect(refusal(JSON.stringify({ ...version3, formatVersion: version })).message).toMatch(
        /unknown format version/,
      );
    }
    const { decks: _decks, ...withoutDecks } = version2;
    expect(refusal(JSON.stringify(withoutDecks)).message).toMatch(/"decks" is missing/);
    const { remoteServers: _servers, ...withoutServers } = version3;
    expect(refusal(JSON.stringify(withoutServers)).message).toMatch(/"remoteServers" is missing/);
  });
});
