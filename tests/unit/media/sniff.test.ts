// Media types come from the bytes: every accepted type is recognised, lookalikes and other files are not.
import { describe, expect, it } from 'vitest';
import { MEDIA_TYPES, sniffMediaType } from '../../../main/services/media';
import { BARE_MP3_FRAME, MEDIA_HEADERS, svgImage } from '../../fixtures/media-samples';

const text = (value: string): Buffer => Buffer.from(value, 'utf8');

describe('sniffMediaType', () => {
  it.each(Object.entries(MEDIA_HEADERS))('recognises %s', (mime, bytes) => {
    expect(sniffMediaType(bytes)?.mime).toBe(mime);
  });

  it('covers every accepted type with a sample', () => {
    expect(Object.keys(MEDIA_HEADERS).sort()).toEqual(MEDIA_TYPES.map((type) => type.mime).sort());
  });

  it('recognises an MP3 without an ID3 tag by its frame header', () => {
    expect(sniffMediaType(BARE_MP3_FRAME)?.mime).toBe('audio/mpeg');
  });

  it('recognises SVG with a BOM, a DOCTYPE without entities, or no preamble', () => {
    expect(sniffMediaType(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), svgImage()]))?.mime).toBe('image/svg+xml');
    const doctype =
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">';
    expect(sniffMediaType(text(`${doctype}\n<svg width="1"/>`))?.mime).toBe('image/svg+xml');
    expect(sniffMediaType(text('  <svg>\n</svg>'))?.mime).toBe('image/svg+xml');
  });

  it.each([
    ['HTML named like an image', '<!doctype html><html><body><script>alert(1)</script></body></html>'],
    ['plain text', 'Mitral valve: between the left atrium and the left ventricle.'],
    ['JSON', '{"media": ["heart.png"]}'],
    ['an SVG with entity declarations', '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>'],
    ['an element that merely starts with svg', '<svgfoo></svgfoo>'],
    ['an unterminated XML declaration', '<?xml version="1.0" '],
    ['a text that starts with ID3', 'ID3 is a tag format'],
  ])('refuses %s', (_label, content) => {
    expect(sniffMediaType(text(content))).toBeNull();
  });

  it.each([
    ['empty', Buffer.alloc(0)],
    ['a PDF', text('%PDF-1.7\n%âãÏÓ')],
    ['a ZIP', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])],
    ['an ELF binary', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])],
    ['a RIFF AVI', Buffer.from('RIFF\x24\0\0\0AVI LIST', 'latin1')],
    ['a HEIC image (MP4 container, image brand)', Buffer.from('\0\0\0\x18ftypheic\0\0\0\0', 'latin1')],
    ['a Matroska video', Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x42, 0x82, 0x88, ...Buffer.from('matroska')])],
    ['an MPEG frame with a reserved version', Buffer.from([0xff, 0xeb, 0x90, 0x64])],
    ['an MPEG frame with a reserved bitrate', Buffer.from([0xff, 0xfb, 0xf0, 0x64])],
    ['a PNG signature cut short', Buffer.from([0x89, 0x50, 0x4e, 0x47])],
  ])('refuses %s', (_label, bytes) => {
    expect(sniffMediaType(bytes)).toBeNull();
  });
});
