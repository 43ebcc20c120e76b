// What the app:// protocol answers for media, end to end under Node: request URL → media store → bytes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MediaStore } from '../../../main/services/media';
import { openDatabase } from '../../../main/services/store';
import { mediaResponse } from '../../../main/shell/media-response';
import { mediaUrl } from '../../../preload/contract/card-html';
import { svgImage, wavAudio } from '../../fixtures/media-samples';

const dataDir = mkdtempSync(join(tmpdir(), 'mea-media-protocol-'));
const db = openDatabase(join(dataDir, 'app.sqlite'));
const store = new MediaStore({ dataDir, db });
afterAll(() => {
  db.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const request = (url: string, headers: Record<string, string> = {}): Request => new Request(url, { headers });

describe('mediaResponse', () => {
  it('serves a stored file with its sniffed type, nosniff and a sandboxing CSP', async () => {
    const wav = wavAudio(500);
    const { hash } = await store.put(wav, { name: 'murmur.mp3' });
    const response = await mediaResponse(request(mediaUrl(hash)), store);
    expect(response?.status).toBe(200);
    expect(response?.headers.get('Content-Type')).toBe('audio/wav');
    expect(response?.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response?.headers.get('Content-Security-Policy')).toMatch(/sandbox/);
    expect(Buffer.from(await response!.arrayBuffer())).toEqual(wav);
  });

  it('serves a byte range for seeking in audio', async () => {
    const wav = wavAudio(600);
    const { hash } = await store.put(wav);
    const response = await mediaResponse(request(mediaUrl(hash), { Range: 'bytes=44-143' }), store);
    expect(response?.status).toBe(206);
    expect(response?.headers.get('Content-Range')).toBe(`bytes 44-143/${wav.length}`);
    expect(Buffer.from(await response!.arrayBuffer())).toEqual(wav.subarray(44, 144));
    expect((await mediaResponse(request(mediaUrl(hash), { Range: `bytes=${wav.length}-` }), store))?.status).toBe(416);
  });

  it('answers 404 for unknown hashes, before the store exists and when the file is gone', async () => {
    expect((await mediaResponse(request(mediaUrl('e'.repeat(64))), store))?.status).toBe(404);
    const { hash } = await store.put(svgImage('green'));
    expect((await mediaResponse(request(mediaUrl(hash)), null))?.status).toBe(404);
    rmSync(join(dataDir, 'media', hash.slice(0, 2), hash));
    expect((await mediaResponse(request(mediaUrl(hash)), store))?.status).toBe(404);
  });

  it('answers 404 instead of throwing once the database is closed (the app is quitting)', async () => {
    const closedDir = mkdtempSync(join(tmpdir(), 'mea-media-closed-'));
    const closedDb = openDatabase(join(closedDir, 'app.sqlite'));
    const closing = new MediaStore({ dataDir: closedDir, db: closedDb });
    const { hash } = await closing.put(svgImage('teal'));
    closedDb.close();
    expect((await mediaResponse(request(mediaUrl(hash)), closing))?.status).toBe(404);
    rmSync(closedDir, { recursive: true, force: true });
  });

  it('leaves every other URL to the renderer route', async () => {
    const { hash } = await store.put(svgImage('navy'));
    expect(await mediaResponse(request('app://renderer/index.html'), store)).toBeNull();
    expect(await mediaResponse(request(`app://media/${hash}.svg`), store)).toBeNull();
    expect(await mediaResponse(request(`app://media/${hash.slice(0, 2)}/${hash}`), store)).toBeNull();
    expect(await mediaResponse(request(`app://media/../../etc/passwd`), store)).toBeNull();
  });
});
