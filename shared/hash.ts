/** Lower-case hex SHA-256 of the bytes, via WebCrypto (same result in Node and Chromium). */
export async function sha256Hex(data: Uint8Array): Promise<string> {
  // Typed as ArrayBuffer-backed for the DOM lib; our bytes never live in a SharedArrayBuffer.
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
