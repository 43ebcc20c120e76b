// The one address of stored media, app://media/<sha256 hex>: the protocol serves it, the media store
// names files by it and the card sanitizer lets no other image or audio URL through.

export const MEDIA_HOST = 'media';
export const MEDIA_URL_PREFIX = `app://${MEDIA_HOST}/`;

/** Exactly an app://media/ URL with a lower-case SHA-256: no query, fragment, port or user. */
export const MEDIA_URL_PATTERN = /^app:\/\/media\/[0-9a-f]{64}$/;

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** True for a lower-case hex SHA-256, the only form a media hash takes. */
export function isMediaHash(value: string): boolean {
  return SHA256_HEX.test(value);
}

export function mediaUrl(hash: string): string {
  if (!isMediaHash(hash)) throw new Error(`not a media hash: ${JSON.stringify(hash.slice(0, 80))}`);
  return MEDIA_URL_PREFIX + hash;
}

/** The hash in an exact app://media/<hash> URL, or null for anything else. */
export function mediaHashOfUrl(url: string): string | null {
  return MEDIA_URL_PATTERN.test(url) ? url.slice(MEDIA_URL_PREFIX.length) : null;
}
