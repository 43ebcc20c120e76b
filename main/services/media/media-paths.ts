// Where stored media lives: <dataDir>/media/<first two hex digits>/<sha256>, temp files in media/.tmp.
// The two-digit shards keep folders small (5,000 images = about 20 files per folder).
import { join } from 'node:path';
import { isMediaHash } from '../../../preload/contract/card-html/media-url';

export const MEDIA_FOLDER = 'media';
/** Starts with a dot, so it never collides with a two-hex-digit shard. */
export const TEMP_FOLDER = '.tmp';

export const SHARD_NAME = /^[0-9a-f]{2}$/;

export class MediaPaths {
  readonly root: string;
  readonly temp: string;

  constructor(dataDir: string) {
    this.root = join(dataDir, MEDIA_FOLDER);
    this.temp = join(this.root, TEMP_FOLDER);
  }

  shardOf(hash: string): string {
    return join(this.root, hash.slice(0, 2));
  }

  /** The final file of a hash; refuses anything but a lower-case SHA-256 (no path can be smuggled in). */
  fileOf(hash: string): string {
    if (!isMediaHash(hash)) throw new Error(`not a media hash: ${JSON.stringify(hash.slice(0, 80))}`);
    return join(this.shardOf(hash), hash);
  }
}
