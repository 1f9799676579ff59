/** Encodings Fulcrum reads; anything else is rejected rather than guessed. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1251';

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
 * cp1251 is plausible when nearly every high byte is a Cyrillic letter (0xC0–0xFF, Ё/ё) or the
 * punctuation Russian text uses (NBSP, «», №, dashes, quotes). Random bytes spread evenly over
 * 0x80–0xFF and score about half, so they fail.
 */
function looksCp1251(sample: Buffer): boolean {
  const common = new Set([0xa0, 0xa8, 0xb8, 0xab, 0xbb, 0xb9, 0x96, 0x97, 0x93, 0x94, 0x85, 0xb0]);
  let high = 0;
  let cyr = 0;
  for (const b of sample) {
    if (b < 0x80) continue;
    high++;
    if (b >= 0xc0 || common.has(b)) cyr++;
  }
  return high > 0 && cyr / high >= 0.95;
}

/** Detects the encoding of a text file from its first bytes, or null when it is none we read. */
export function detectEncoding(sample: Buffer): TextEncoding | null {
  if (sample.length >= 3 && sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) {
    return isUtf8(sample.subarray(3)) && !hasControlBytes(sample) ? 'utf-8-bom' : null;
  }
  if (hasControlBytes(sample)) return null;
  if (isUtf8(sample)) return 'utf-8';
  return looksCp1251(sample) ? 'windows-1251' : null;
}
