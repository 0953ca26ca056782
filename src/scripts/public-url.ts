/**
 * The links the site hands out, resolved where the reader is. A build with
 * SITE_URL writes absolute URLs, which stay as they are; a build without it
 * writes paths (and the offline package relative paths), which resolve against
 * the address this page was actually opened at: its origin and base, or the
 * unpacked package on disk.
 */
export function handedOutUrl(urlOrPath: string): string {
  return new URL(urlOrPath, location.href).href;
}

/** The QR code for a URL as an SVG element, drawn in the browser (qrcode is loaded only when asked for). */
export async function qrElement(url: string): Promise<SVGSVGElement | null> {
  const { qrSvg } = await import('../render/qr.ts');
  const doc = new DOMParser().parseFromString(await qrSvg(url), 'image/svg+xml');
  const svg = doc.documentElement;
  return svg instanceof SVGSVGElement ? (document.importNode(svg, true) as SVGSVGElement) : null;
}
