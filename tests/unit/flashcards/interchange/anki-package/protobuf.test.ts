// The minimal protobuf reader: proto3 wire format as Anki's messages use it, strict on damage.
import { describe, expect, it } from 'vitest';
import { ProtobufError, ProtoMessage } from '../../../../../main/services/flashcards/interchange/anki/package/protobuf';
import {
  decodeMediaEntries,
  decodePackageVersion,
} from '../../../../../main/services/flashcards/interchange/anki/package/anki-protos';
import { proto } from '../../../../fixtures/anki/protobuf-writer';

describe('ProtoMessage', () => {
  it('reads varints of every length, strings, bytes and nested repeated messages', () => {
    const bytes = proto()
      .varint(1, 3)
      .varint(2, 300)
      .varint(3, 1_700_000_000_123) // int64 ids need more than 32 bits
      .string(4, 'Grüße ✓')
      .bytesField(5, Uint8Array.of(0, 255, 7))
      .message(6, proto().string(1, 'a'))
      .message(6, proto().string(1, 'b'))
      .finish();
    const message = new ProtoMessage(bytes);
    expect([message.uint(1), message.uint(2), message.uint(3)]).toEqual([3, 300, 1_700_000_000_123]);
    expect(message.string(4)).toBe('Grüße ✓');
    expect([...message.bytes(5)]).toEqual([0, 255, 7]);
    expect(message.messages(6).map((m) => m.string(1))).toEqual(['a', 'b']);
    expect([message.uint(9, 42), message.string(9, 'none'), message.has(9)]).toEqual([42, 'none', false]);
  });

  it('skips fixed32/fixed64 fields it does not read, and keeps the last value of a repeated scalar', () => {
    // field 7 fixed64, field 8 fixed32, then field 1 twice
    const bytes = Uint8Array.of(0x39, 1, 2, 3, 4, 5, 6, 7, 8, 0x45, 1, 2, 3, 4, 0x08, 0x01, 0x08, 0x02);
    expect(new ProtoMessage(bytes).uint(1)).toBe(2);
  });

  it.each([
    ['a truncated varint', Uint8Array.of(0x08, 0x80), /truncated varint/],
    ['a varint longer than 10 bytes', Uint8Array.of(0x08, ...new Array<number>(11).fill(0xff)), /longer than 10 bytes/],
    ['a length past the end', Uint8Array.of(0x0a, 0x05, 0x61), /runs past the end/],
    ['field number 0', Uint8Array.of(0x00, 0x01), /field number 0/],
    ['a group (wire type 3)', Uint8Array.of(0x0b), /unsupported wire type 3/],
    ['wire type 7', Uint8Array.of(0x0f), /unsupported wire type 7/],
  ])('throws on %s', (_name, bytes, message) => {
    expect(() => new ProtoMessage(bytes)).toThrow(message);
    expect(() => new ProtoMessage(bytes)).toThrow(ProtobufError);
  });

  it('refuses a field read with the wrong wire type and text that is not UTF-8', () => {
    expect(() => new ProtoMessage(proto().string(1, 'x').finish()).uint(1)).toThrow(/wire type 2, expected 0/);
    expect(() => new ProtoMessage(Uint8Array.of(0x0a, 0x02, 0xc3, 0x28)).string(1)).toThrow(/not valid UTF-8/);
  });
});

describe('Anki messages', () => {
  it('PackageMetadata: version 3 for current packages, 0 when the field is absent', () => {
    expect(decodePackageVersion(proto().varint(1, 3).finish())).toBe(3);
    expect(decodePackageVersion(new Uint8Array(0))).toBe(0);
  });

  it('MediaEntries: names, sizes and 20-byte sha1s; other sha1 lengths are damage', () => {
    const sha1 = new Uint8Array(20).fill(0xab);
    const list = proto()
      .message(1, proto().string(1, 'heart.png').varint(2, 1234).bytesField(3, sha1))
      .message(1, proto().string(1, 'old.mp3'))
      .finish();
    expect(decodeMediaEntries(list)).toEqual([
      { name: 'heart.png', size: 1234, sha1 },
      { name: 'old.mp3', size: undefined, sha1: undefined },
    ]);
    const bad = proto()
      .message(1, proto().string(1, 'x').bytesField(3, Uint8Array.of(1, 2)))
      .finish();
    expect(() => decodeMediaEntries(bad)).toThrow(/sha1 of 2 bytes/);
  });
});
