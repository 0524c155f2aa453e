/**
 * A QR code of a link as a GIF, made inside the bundle (no outside service sees the family's link). DocumentApp
 * takes PNG, JPEG or GIF but not SVG; qrcode-generator writes a GIF and its base64 in plain JavaScript, with no
 * TextEncoder, Buffer or btoa, none of which the Apps Script runtime has.
 */
import qrcode from 'qrcode-generator';

export interface QrImage {
  /** The GIF's bytes in base64, for Utilities.base64Decode (or a data: URL in a preview). */
  base64: string;
  /** Pixels on each side, quiet zone included. */
  size: number;
}

/** Pixels per module: with the 4-module quiet zone a typical form link (version 6–8) prints about 2.5 cm wide. */
const CELL = 4;

export function qrGif(link: string): QrImage {
  // Byte mode reads each UTF-16 unit as one byte; a URL is ASCII (non-ASCII is percent-encoded), so it is exact.
  if (/[^\x20-\x7e]/.test(link)) throw new Error('A QR link must be ASCII');
  const qr = qrcode(0, 'M');
  qr.addData(link, 'Byte');
  qr.make();
  const url = qr.createDataURL(CELL, CELL * 4);
  return { base64: url.slice(url.indexOf(',') + 1), size: (qr.getModuleCount() + 8) * CELL };
}
