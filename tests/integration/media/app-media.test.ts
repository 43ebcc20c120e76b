// The composed app carries the media store: files put through it are served as app://media/<hash>
// and are still known after the app is closed and started again on the same data folder.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { App } from '../../../main/services/app/create-app';
import { mediaResponse } from '../../../main/shell/media-response';
import { mediaUrl } from '../../../preload/contract/card-html';
import { pngImage } from '../../fixtures/media-samples';
import { ChatDoneRecorder, startTestApp } from '../support/app-under-test';

const dir = await mkdtemp(join(tmpdir(), 'mea-app-media-'));
let app: App | undefined;

afterAll(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('App.media', () => {
  it('stores in the data folder, serves through the protocol route and survives a restart', async () => {
    const dataDir = join(dir, 'data');
    app = startTestApp(dataDir, new ChatDoneRecorder());
    const png = pngImage(4, 4, [0, 128, 255]);
    const { hash } = await app.media.put(png, { name: 'ecg.png' });
    await app.close();

    app = startTestApp(dataDir, new ChatDoneRecorder());
    const response = await mediaResponse(new Request(mediaUrl(hash)), app.media);
    expect(response?.status).toBe(200);
    expect(response?.headers.get('Content-Type')).toBe('image/png');
    expect(Buffer.from(await response!.arrayBuffer())).toEqual(png);
  });
});
