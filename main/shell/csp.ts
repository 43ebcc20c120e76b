// The one Content-Security-Policy: sent as a header by the app:// protocol and repeated in index.html
// (a meta tag cannot carry frame-ancestors; a unit test keeps the two in step).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  // Card images and audio come only from the media store's own URLs (app://media/<sha256>).
  "img-src 'self' app://media",
  'media-src app://media',
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
