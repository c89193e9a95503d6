/**
 * The one Content-Security-Policy of the renderer, used both as the HTTP header of
 * the app:// protocol and as the <meta> tag of the built index.html (browser mode).
 * Nothing remote: the app must work, and leak nothing, with the network unplugged.
 * 'unsafe-inline' for styles only, because Ant Design injects its CSS-in-JS as
 * <style> elements at run time; scripts stay strictly 'self'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
