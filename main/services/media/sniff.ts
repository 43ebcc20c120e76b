// What a media file is, from its first bytes (magic numbers), never from its name: a file called
// heart.png that holds HTML is refused. Only types the renderer can show or play are recognised.

export interface MediaType {
  mime: string;
  kind: 'image' | 'audio';
  /** Extension for files written back out (exports), without the dot. */
  extension: string;
}

/** Bytes needed to recognise every type below (an SVG may open with an XML declaration and comments). */
export const SNIFF_BYTES = 8192;

const PNG = type('image/png', 'image', 'png');
const JPEG = type('image/jpeg', 'image', 'jpg');
const GIF = type('image/gif', 'image', 'gif');
const WEBP = type('image/webp', 'image', 'webp');
const SVG = type('image/svg+xml', 'image', 'svg');
const MP3 = type('audio/mpeg', 'audio', 'mp3');
const AAC = type('audio/aac', 'audio', 'aac');
const M4A = type('audio/mp4', 'audio', 'm4a');
const OGG = type('audio/ogg', 'audio', 'ogg');
const WAV = type('audio/wav', 'audio', 'wav');
const WEBM = type('audio/webm', 'audio', 'webm');

/** Every type the store accepts, for messages and tests. */
export const MEDIA_TYPES: readonly MediaType[] = [PNG, JPEG, GIF, WEBP, SVG, MP3, AAC, M4A, OGG, WAV, WEBM];

// MP4 major brands of audio files (iTunes/ffmpeg M4A, audio books, plain ISO/MP4 audio); HEIC/AVIF
// images use the same container with their own brands and are not taken for audio.
const AUDIO_MP4_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ', 'isom', 'iso2', 'mp41', 'mp42', 'dash']);

/** The type of a file starting with `head`, or null when it is not an image or audio file we accept. */
export function sniffMediaType(head: Uint8Array): MediaType | null {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return JPEG;
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return GIF;
  if (ascii(head, 0, 4) === 'RIFF') {
    const form = ascii(head, 8, 4);
    if (form === 'WEBP') return WEBP;
    if (form === 'WAVE') return WAV;
    return null;
  }
  if (ascii(head, 0, 4) === 'OggS') return OGG;
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) return ascii(head, 0, 64).includes('webm') ? WEBM : null;
  if (ascii(head, 4, 4) === 'ftyp') return AUDIO_MP4_BRANDS.has(ascii(head, 8, 4)) ? M4A : null;
  // ID3v2 tag: major version 2–4, then a revision byte that is never 0xFF.
  if (ascii(head, 0, 3) === 'ID3' && [2, 3, 4].includes(head[3] as number) && head[4] !== 0xff) return MP3;
  const frame = mpegFrame(head);
  if (frame !== null) return frame;
  return looksLikeSvg(head) ? SVG : null;
}

/** An MPEG audio frame header (MP3 without an ID3 tag) or an ADTS header (raw AAC). */
function mpegFrame(head: Uint8Array): MediaType | null {
  if (head.length < 4 || head[0] !== 0xff || ((head[1] as number) & 0xe0) !== 0xe0) return null;
  const b1 = head[1] as number;
  const b2 = head[2] as number;
  const version = (b1 >> 3) & 0b11;
  const layer = (b1 >> 1) & 0b11;
  if (layer === 0) {
    // ADTS: the version bit and layer 00; sampling frequency indexes 13–15 are reserved.
    return (b1 & 0xf6) === 0xf0 && ((b2 >> 2) & 0xf) < 13 ? AAC : null;
  }
  // MPEG audio: version 01, bitrate index 1111 and sampling rate 11 are reserved.
  if (version === 0b01 || b2 >> 4 === 0xf || ((b2 >> 2) & 0b11) === 0b11) return null;
  return MP3;
}

// An SVG image: optional BOM, XML declaration, comments and a DOCTYPE, then an <svg> root element.
// A DOCTYPE with an internal subset (entity declarations: billion laughs, external entities) is refused.
function looksLikeSvg(head: Uint8Array): boolean {
  let rest = new TextDecoder('utf-8')
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  for (;;) {
    let end: number;
    if (rest.startsWith('<?xml')) end = rest.indexOf('?>') + 2;
    else if (rest.startsWith('<!--')) end = rest.indexOf('-->') + 3;
    else if (/^<!doctype/i.test(rest)) {
      end = rest.indexOf('>') + 1;
      if (rest.slice(0, end).includes('[')) return false;
    } else break;
    if (end <= 2) return false; // unterminated within the sniffed bytes
    rest = rest.slice(end).trimStart();
  }
  return /^<svg[\s>/]/.test(rest);
}

function startsWith(head: Uint8Array, bytes: readonly number[]): boolean {
  return head.length >= bytes.length && bytes.every((byte, index) => head[index] === byte);
}

function ascii(head: Uint8Array, offset: number, length: number): string {
  return String.fromCharCode(...head.subarray(offset, offset + length));
}

function type(mime: string, kind: MediaType['kind'], extension: string): MediaType {
  return { mime, kind, extension };
}
