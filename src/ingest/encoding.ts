import { detectAll } from 'jschardet';
import { cyrillicByCase } from './cyrillic-case.ts';

/** Encodings Fulcrum reads; anything else, or a guess too close to call, is refused. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1251' | 'koi8-r' | 'windows-1252';

/** The 8-bit encodings a file may be transcoded from: the name iconv-lite knows, and a label. */
export const SINGLE_BYTE: Record<
  Exclude<TextEncoding, 'utf-8' | 'utf-8-bom'>,
  { iconv: string; label: string }
> = {
  'windows-1251': { iconv: 'win1251', label: 'Windows-1251' },
  'koi8-r': { iconv: 'koi8-r', label: 'KOI8-R' },
  // Latin-1 files from Windows are cp1252: the same letters, and quotes and € in 0x80–0x9F.
  'windows-1252': { iconv: 'win1252', label: 'Windows-1252 (Latin-1)' },
};

/** jschardet's names (lower-cased) for the 8-bit encodings Fulcrum reads. */
const DETECTOR_NAMES: Record<string, keyof typeof SINGLE_BYTE> = {
  'windows-1251': 'windows-1251',
  'koi8-r': 'koi8-r',
  'iso-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
};

/**
 * The least confidence jschardet must give the winner. Russian text scores 0.09–0.2 on five
 * short rows and more on longer files; a header of capitals alone scores under 0.05 whichever
 * encoding it is in (KOI8-R capitals sit where Windows-1251 puts lower case), so it is refused.
 * Its Latin prober scores lower: 0.02–0.03 on three rows of names, random bytes under 0.01.
 */
const MIN_CONFIDENCE: Record<keyof typeof SINGLE_BYTE, number> = {
  'windows-1251': 0.05,
  'koi8-r': 0.05,
  'windows-1252': 0.012,
};

/**
 * How far ahead the winner must be of the next encoding we read: a wrong pick stores every letter
 * wrong («нПУЛЧБ» for «Москва»). Measured winners lead by 2.8× to 40×.
 */
const MARGIN = 2.5;

/** A strict decoder throws on the first invalid sequence instead of inserting U+FFFD. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Cuts an incomplete multi-byte sequence at the end of a sample, which is not an encoding error. */
function trimPartialUtf8(b: Buffer): Buffer {
  for (let back = 1; back <= 3 && back <= b.length; back++) {
    const byte = b[b.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    if (byte >= 0xc0) {
      const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return need > back ? b.subarray(0, b.length - back) : b;
    }
    return b;
  }
  return b;
}

function isUtf8(sample: Buffer): boolean {
  try {
    strictUtf8.decode(trimPartialUtf8(sample));
    return true;
  } catch {
    return false;
  }
}

/** Control bytes never seen in text exports (tab, CR, LF allowed); they mean binary or UTF-16. */
function hasControlBytes(sample: Buffer): boolean {
  for (const b of sample) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return true;
  return false;
}

/**
 * Whether nearly every high byte is a letter or punctuation the encoding uses in text, so that
 * random bytes (spread evenly over 0x80–0xFF) fail whatever the statistics say.
 */
const PLAUSIBLE: Record<keyof typeof SINGLE_BYTE, (b: number) => boolean> = {
  // Cyrillic letters, Ё/ё, NBSP, «», №, dashes, quotes, ellipsis, degree.
  'windows-1251': (b) =>
    b >= 0xc0 || [0xa0, 0xa8, 0xb8, 0xab, 0xbb, 0xb9, 0x96, 0x97, 0x93, 0x94, 0x85, 0xb0].includes(b),
  // Cyrillic letters, Ё/ё, NBSP, ©, degree.
  'koi8-r': (b) => b >= 0xc0 || [0xa3, 0xb3, 0x9a, 0xbf, 0x9c].includes(b),
  // Anything cp1252 defines: it leaves five bytes unassigned.
  'windows-1252': (b) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b),
};

function plausible(sample: Buffer, encoding: keyof typeof SINGLE_BYTE): boolean {
  const ok = PLAUSIBLE[encoding];
  let high = 0;
  let fit = 0;
  for (const b of sample) {
    if (b < 0x80) continue;
    high++;
    if (ok(b)) fit++;
  }
  return high > 0 && fit / high >= 0.95;
}

/**
 * The 8-bit encoding jschardet (a port of Mozilla's universal detector, with Russian letter-pair
 * models per encoding) favours among those we read, or null when unsure: none named, too little
 * confidence, a runner-up within MARGIN, or bytes that do not fit the winner.
 */
function detectSingleByte(sample: Buffer): keyof typeof SINGLE_BYTE | null {
  const ranked: Array<{ encoding: keyof typeof SINGLE_BYTE; confidence: number }> = [];
  for (const m of detectAll(sample, { minimumThreshold: 0 })) {
    const encoding = DETECTOR_NAMES[(m.encoding ?? '').toLowerCase()];
    if (encoding && !ranked.some((r) => r.encoding === encoding))
      ranked.push({ encoding, confidence: m.confidence });
  }
  ranked.sort((x, y) => y.confidence - x.confidence);
  const [best, next] = ranked;
  if (!best) return null;
  // Between the two Cyrillic encodings, the case of the file's own words is the surer witness.
  if (best.encoding !== 'windows-1252') {
    const byCase = cyrillicByCase(sample);
    if (byCase) return plausible(sample, byCase) ? byCase : null;
  }
  if (best.confidence < MIN_CONFIDENCE[best.encoding]) return null;
  if (next && next.confidence * MARGIN > best.confidence) return null;
  return plausible(sample, best.encoding) ? best.encoding : null;
}

/** Detects the encoding of a text file from its first bytes, or null when it is none we read. */
export function detectEncoding(sample: Buffer): TextEncoding | null {
  if (sample.length >= 3 && sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) {
    return isUtf8(sample.subarray(3)) && !hasControlBytes(sample) ? 'utf-8-bom' : null;
  }
  if (hasControlBytes(sample)) return null;
  if (isUtf8(sample)) return 'utf-8';
  return detectSingleByte(sample);
}
