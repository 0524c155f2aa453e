/** Reads a QR code back from GIF bytes, as a phone camera would: the GIF decoded to pixels, then jsQR. */
import jsQR from 'jsqr';
import { GifReader } from 'omggif';

export function decodeQrGif(bytes: Uint8Array): string | null {
  const gif = new GifReader(bytes);
  const pixels = new Uint8ClampedArray(gif.width * gif.height * 4);
  gif.decodeAndBlitFrameRGBA(0, pixels);
  return jsQR(pixels, gif.width, gif.height)?.data ?? null;
}

/** Apps Script blobs hand out signed bytes (Java's byte). */
export function unsignedBytes(bytes: readonly number[]): Uint8Array {
  return Uint8Array.from(bytes, (b) => b & 255);
}
