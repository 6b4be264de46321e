#!/usr/bin/env node
/**
 * Builds the Chinese font subsets the server draws images with (public/fonts/NotoSansCJKhk-*-subset.otf):
 * Noto Sans CJK HK, Regular and Bold, cut down to the characters our images can ever show.
 *
 * For maintainers, not for the build: the subsets are committed, and the app reads them from disk. Re-run
 * it when names change (data/names.csv, data/themes.json, the industry or index names, the Chinese strings
 * of the images), then commit the fonts:
 *
 *   apt-get install -y fonts-noto-cjk      # Debian's Noto Sans CJK (SIL OFL 1.1)
 *   node scripts/build-cjk-font.mjs        # [--source-dir /usr/share/fonts/opentype/noto]
 *
 * The character set:
 *   - every Han/CJK character in the repo's own text: lib/ and app/ sources (dictionaries, industry and
 *     index names, takeaway templates, image strings), data/names.csv and data/themes.json;
 *   - printable ASCII, Latin-1 punctuation and signs, CJK symbols and punctuation, full-width forms;
 *   - Regular only: Big5's 5,401 frequently used characters (常用字, lead bytes A4–C6), so a name added
 *     later is very likely covered before anyone re-runs this.
 * Bold covers the repo's characters only (headings and figures), to keep the two files near 1.5 MB.
 * lib/share/cjk-font.ts reads the result's cmap at run time, and names it cannot draw fall back to English.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const sourceDir = args.includes('--source-dir') ? args[args.indexOf('--source-dir') + 1] : '/usr/share/fonts/opentype/noto';
const OUT_DIR = path.join(ROOT, 'public', 'fonts');
/** The face of the collection to keep: Hong Kong glyph forms (NotoSansCJK-*.ttc holds JP, KR, SC, TC, HK). */
const FACE = 'Noto Sans CJK HK';

const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

function walk(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (/\.(ts|tsx|mjs)$/.test(entry.name)) out.push(p);
  }
  return out;
}

/** Every Han or CJK punctuation character in the repo's sources and name data. */
function repoCharacters() {
  const files = [...walk(path.join(ROOT, 'lib')), ...walk(path.join(ROOT, 'app')), path.join(ROOT, 'data', 'names.csv'), path.join(ROOT, 'data', 'themes.json')];
  const chars = new Set();
  for (const f of files) for (const c of fs.readFileSync(f, 'utf8')) if (HAN.test(c)) chars.add(c);
  return chars;
}

/** Big5 level 1 (A440–C67E): the 5,401 frequently used characters of Traditional Chinese. */
function big5Common() {
  const decoder = new TextDecoder('big5');
  const chars = new Set();
  for (let hi = 0xa4; hi <= 0xc6; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if ((lo > 0x7e && lo < 0xa1) || (hi === 0xc6 && lo > 0x7e)) continue;
      const c = decoder.decode(new Uint8Array([hi, lo]));
      if (/\p{Script=Han}/u.test(c)) chars.add(c);
    }
  }
  return chars;
}

function range(from, to) {
  let s = '';
  for (let c = from; c <= to; c++) s += String.fromCodePoint(c);
  return s;
}

/** ASCII, Latin-1 signs, dashes and quotes, arrows and the full-width/CJK punctuation. */
const BASE = range(0x20, 0x7e) + range(0xa0, 0xff) + '–—‘’“”•…‰′″←↑→↓−∓≈≤≥▲▼△▽' + range(0x3000, 0x303f) + range(0xff01, 0xff5e) + '￥';

/** One face of a TrueType/OpenType collection as a standalone font file (tables copied, offsets rewritten). */
function extractFace(ttc, wanted) {
  if (ttc.toString('latin1', 0, 4) !== 'ttcf') return ttc;
  const numFonts = ttc.readUInt32BE(8);
  for (let i = 0; i < numFonts; i++) {
    const dir = ttc.readUInt32BE(12 + i * 4);
    const numTables = ttc.readUInt16BE(dir + 4);
    const tables = [];
    for (let t = 0; t < numTables; t++) {
      const r = dir + 12 + t * 16;
      tables.push({ tag: ttc.toString('latin1', r, r + 4), checksum: ttc.readUInt32BE(r + 4), offset: ttc.readUInt32BE(r + 8), length: ttc.readUInt32BE(r + 12) });
    }
    const name = tables.find((t) => t.tag === 'name');
    if (!name || !familyNames(ttc.subarray(name.offset, name.offset + name.length)).includes(wanted)) continue;
    const header = Buffer.alloc(12 + numTables * 16);
    ttc.copy(header, 0, dir, dir + 12);
    const bodies = [];
    let offset = header.length;
    tables.forEach((t, k) => {
      const r = 12 + k * 16;
      header.write(t.tag, r, 'latin1');
      header.writeUInt32BE(t.checksum, r + 4);
      header.writeUInt32BE(offset, r + 8);
      header.writeUInt32BE(t.length, r + 12);
      const padded = Buffer.alloc((t.length + 3) & ~3);
      ttc.copy(padded, 0, t.offset, t.offset + t.length);
      bodies.push(padded);
      offset += padded.length;
    });
    return Buffer.concat([header, ...bodies]);
  }
  throw new Error(`${wanted}: no such face in the collection`);
}

/** Family names (name IDs 1 and 16, Windows Unicode records) of a `name` table. */
function familyNames(table) {
  const count = table.readUInt16BE(2);
  const strings = table.readUInt16BE(4);
  const out = [];
  for (let i = 0; i < count; i++) {
    const r = 6 + i * 12;
    const [platform, , , nameId, length, offset] = [0, 2, 4, 6, 8, 10].map((o) => table.readUInt16BE(r + o));
    if (platform !== 3 || (nameId !== 1 && nameId !== 16)) continue;
    const bytes = table.subarray(strings + offset, strings + offset + length);
    out.push(Buffer.from(bytes).swap16().toString('utf16le'));
  }
  return out;
}

async function build(weight, text) {
  const source = path.join(sourceDir, `NotoSansCJK-${weight}.ttc`);
  if (!fs.existsSync(source)) throw new Error(`${source} not found: apt-get install -y fonts-noto-cjk, or pass --source-dir`);
  const face = extractFace(fs.readFileSync(source), FACE);
  // No layout features (images set plain horizontal text) and no vertical metrics: smaller files.
  const subset = await subsetFont(face, text, { targetFormat: 'sfnt', keepFeatures: [], noHinting: true, dropTables: ['vhea', 'vmtx', 'VORG', 'DSIG', 'GSUB', 'GPOS', 'BASE'] });
  const out = path.join(OUT_DIR, `NotoSansCJKhk-${weight}-subset.otf`);
  fs.writeFileSync(out, subset);
  return { out, bytes: subset.length, chars: [...new Set(text)].length };
}

const repo = repoCharacters();
const common = big5Common();
const regularText = [...new Set([...BASE, ...repo, ...common])].join('');
const boldText = [...new Set([...BASE, ...repo])].join('');
for (const [weight, text] of [['Regular', regularText], ['Bold', boldText]]) {
  const r = await build(weight, text);
  console.log(`${path.relative(ROOT, r.out)}: ${r.chars} characters asked, ${(r.bytes / 1024).toFixed(0)} KB`);
}
console.log(`repo characters: ${repo.size}; Big5 common: ${common.size}`);
