/**
 * A QR code for a URL as inline SVG, made at build time by `qrcode`, so a
 * printed circular can carry the clause's link. Dark modules on white, with
 * the quiet zone the standard asks for.
 */
import QRCode from 'qrcode';

export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
  // The SVG is a picture of the URL: screen readers get the URL from the figure's caption instead.
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
