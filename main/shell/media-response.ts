// The Response for an app://media request, built from the media store without Electron, so the whole
// path (URL → hash → record → range → bytes) is tested under Node; protocol.ts only registers it.
import { Readable } from 'node:stream';
import { planMediaResponse, resolveMediaRequest, type MediaFiles } from './media-requests';

/** null when the URL is not an app://media/<hash> request (the caller serves the renderer instead). */
export async function mediaResponse(request: Request, media: MediaFiles | null): Promise<Response | null> {
  const hash = resolveMediaRequest(request.url);
  if (hash === null) return null;
  if (media === null) return notFound();
  let record;
  try {
    record = media.info(hash);
  } catch {
    return notFound(); // the database is already closed while the app quits
  }
  if (record === null) return notFound();
  const plan = planMediaResponse(record, request.headers.get('Range'));
  if (plan.status === 416) return new Response(null, { status: 416, headers: plan.headers });
  // A row whose file was removed by hand, or an unreadable file: not found, never an exception.
  const stream = await media.open(hash, plan.range).catch(() => null);
  if (stream === null) return notFound();
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    status: plan.status,
    headers: plan.headers,
  });
}

function notFound(): Response {
  return new Response('Not found', { status: 404 });
}
