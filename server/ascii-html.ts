/**
 * A page whose text is almost all ASCII is sent as ASCII bytes: its few other characters (the "·" in the
 * title, "→" in links, "±", a Chinese name) become numeric character references (`&#xb7;`).
 *
 * Why: Chromium decodes a UTF-8 document in the chunks it receives, and a chunk with a single character
 * beyond ASCII leaves the 8-bit fast path for the whole chunk. A trace of the 2,600-stock session page
 * (629 KB, 57 such characters, none in the map) put `TextResourceDecoder::Decode` at 35–69 ms on a fast
 * desktop; the same page with them written as references decoded in 9–11 ms, and Lighthouse's mobile TBT
 * fell from 287 to 183 ms (median of 7 alternating runs each, served by `npm start`, brotli). The page reads
 * the same: a reference is the character to the parser, in text and in attribute values alike.
 *
 * Left as they are:
 * - the contents of <script> and <style>, where a reference is not decoded (and inline scripts are hashed
 *   for the Content-Security-Policy);
 * - a page where the references would add more than 1% to its bytes: a Chinese page is mostly characters
 *   beyond ASCII, and each would grow from 3 bytes to 8.
 */

/** Elements whose contents are raw text: a character reference there is not decoded. */
const RAW_TEXT = /(<(?:script|style)\b[^>]*>[\s\S]*?<\/(?:script|style)\s*>)/i;
const NON_ASCII = /[^\x00-\x7f]/gu;

/** The most the references may add, as a share of the page's bytes. */
export const MAX_GROWTH = 0.01;

const reference = (c: string) => `&#x${c.codePointAt(0)!.toString(16)};`;

/** `html` with every character beyond ASCII outside <script> and <style> as a numeric reference, or unchanged (see above). */
export function asciiHtml(html: string): string {
  const parts = html.split(RAW_TEXT);
  let growth = 0;
  for (let i = 0; i < parts.length; i += 2) {
    for (const [c] of parts[i]!.matchAll(NON_ASCII)) growth += reference(c).length - Buffer.byteLength(c, 'utf8');
  }
  if (growth === 0 || growth > Buffer.byteLength(html, 'utf8') * MAX_GROWTH) return html;
  return parts.map((part, i) => (i % 2 === 0 ? part.replace(NON_ASCII, reference) : part)).join('');
}
