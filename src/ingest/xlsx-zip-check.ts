import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInflateRaw } from 'node:zlib';
import type { Readable } from 'node:stream';
import {
  MAX_XLSX_CELL_BYTES,
  MAX_XLSX_PART_BYTES,
  MAX_XLSX_RATIO,
  MAX_XLSX_ROW_BYTES,
  MAX_XLSX_SHARED_STRINGS_BYTES,
  MAX_XLSX_TOTAL_BYTES,
} from './limits.ts';

/**
 * Why a workbook is refused before exceljs reads it: exceljs unpacks each part as it streams and
 * keeps a whole cell, a whole row and every shared string in memory, so a few kilobytes packed
 * tightly (a zip bomb) or one gigabyte-long cell would fill the memory before any of our checks
 * sees a row.
 */
export class XlsxTooLarge extends Error {
  constructor(
    readonly kind: 'part' | 'total' | 'ratio' | 'shared' | 'cell' | 'row',
    /** The zip entry (part) at fault; empty for 'total'. */
    readonly part: string,
    /** Bytes it unpacks to, or the ratio for 'ratio'. */
    readonly size: number,
    /** The cell reference («B2») or row number where known. */
    readonly at: string | null = null,
  ) {
    super(`xlsx too large: ${kind} ${part} ${size}${at ? ` at ${at}` : ''}`);
  }
}

interface Entry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly packed: number;
  readonly size: number;
  readonly offset: number;
}

/** The central directory: every entry with its declared sizes. Throws on a damaged archive. */
async function centralDirectory(file: string): Promise<{ entries: Entry[]; start: number }> {
  const fh = await open(file, 'r');
  try {
    const { size } = await fh.stat();
    const tailLen = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLen);
    await fh.read(tail, 0, tailLen, size - tailLen);
    let eocd = -1;
    for (let i = tailLen - 22; i >= 0; i--)
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    if (eocd < 0) throw new Error('no end of central directory');
    const count = tail.readUInt16LE(eocd + 10);
    const dirSize = tail.readUInt32LE(eocd + 12);
    const start = tail.readUInt32LE(eocd + 16);
    if (start + dirSize > size - tailLen + eocd) throw new Error('central directory out of range');
    const dir = Buffer.alloc(dirSize);
    await fh.read(dir, 0, dirSize, start);
    const entries: Entry[] = [];
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > dir.length || dir.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central entry');
      const nameLen = dir.readUInt16LE(p + 28);
      entries.push({
        flags: dir.readUInt16LE(p + 8),
        method: dir.readUInt16LE(p + 10),
        packed: dir.readUInt32LE(p + 20),
        size: dir.readUInt32LE(p + 24),
        name: dir.toString('utf8', p + 46, p + 46 + nameLen),
        offset: dir.readUInt32LE(p + 42),
      });
      p += 46 + nameLen + dir.readUInt16LE(p + 30) + dir.readUInt16LE(p + 32);
    }
    return { entries, start };
  } finally {
    await fh.close();
  }
}

/** Refuses a workbook whose declared sizes or packing are beyond the limits. */
function checkDeclared(entries: readonly Entry[]): void {
  let total = 0;
  for (const e of entries) {
    // 0xFFFFFFFF: a ZIP64 size, over 4 GB, beyond any limit here.
    if (e.size > MAX_XLSX_PART_BYTES || e.size === 0xffffffff) throw new XlsxTooLarge('part', e.name, e.size);
    if (e.name === 'xl/sharedStrings.xml' && e.size > MAX_XLSX_SHARED_STRINGS_BYTES)
      throw new XlsxTooLarge('shared', e.name, e.size);
    // Small parts pack as they like; the ratio matters only where it can add up.
    if (e.size > 1024 ** 2 && e.size / Math.max(e.packed, 1) > MAX_XLSX_RATIO)
      throw new XlsxTooLarge('ratio', e.name, Math.round(e.size / Math.max(e.packed, 1)));
    total += e.size;
  }
  if (total > MAX_XLSX_TOTAL_BYTES) throw new XlsxTooLarge('total', '', total);
}

const LT = 0x3c;
const GT = 0x3e;

/**
 * Scans a part's XML as it unpacks, bounding every run of text between tags (a cell's or shared
 * string's text), every tag (its attribute values) and every row, as exceljs would hold each
 * whole. Remembers the last cell and row tag so a refusal can name them.
 */
class XmlRuns {
  private inTag = false;
  private run = 0;
  private tag = Buffer.alloc(48);
  private tagLen = 0;
  private lastCell = Buffer.alloc(48);
  private lastCellLen = 0;
  private lastRow = Buffer.alloc(48);
  private lastRowLen = 0;
  private rowBytes = -1;

  constructor(private readonly part: string) {}

  private where(re: RegExp, buf: Buffer, len: number): string | null {
    return re.exec(buf.toString('latin1', 0, len))?.[1] ?? null;
  }

  private cell(): string | null {
    return this.where(/\br="([A-Z]{1,3}\d{1,7})"/, this.lastCell, this.lastCellLen);
  }

  private row(): string | null {
    return this.where(/\br="(\d{1,10})"/, this.lastRow, this.lastRowLen);
  }

  private endTag(): void {
    const t = this.tag;
    const n = Math.min(this.tagLen, t.length);
    // <c …> opens a cell, <row …> a row, </row> closes it (namespace prefixes are not used by
    // spreadsheet writers for these).
    if (t[0] === 0x63 && (t[1] === 0x20 || t[1] === GT || t[1] === 0x2f)) {
      t.copy(this.lastCell, 0, 0, n);
      this.lastCellLen = n;
    } else if (t[0] === 0x72 && t[1] === 0x6f && t[2] === 0x77 && (t[3] === 0x20 || t[3] === GT)) {
      t.copy(this.lastRow, 0, 0, n);
      this.lastRowLen = n;
      this.lastCellLen = 0;
      this.rowBytes = 0;
    } else if (t[0] === 0x2f && t[1] === 0x72 && t[2] === 0x6f && t[3] === 0x77) this.rowBytes = -1;
  }

  push(chunk: Buffer): void {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (this.inTag) {
        if (b === GT) {
          this.inTag = false;
          this.endTag();
          this.run = 0;
          continue;
        }
        if (this.tagLen < this.tag.length) this.tag[this.tagLen] = b;
        this.tagLen++;
        if (this.tagLen > MAX_XLSX_CELL_BYTES) throw this.tooLarge('cell', this.tagLen);
      } else if (b === LT) {
        this.inTag = true;
        this.tagLen = 0;
      } else if (++this.run > MAX_XLSX_CELL_BYTES) throw this.tooLarge('cell', this.run);
      if (this.rowBytes >= 0 && ++this.rowBytes > MAX_XLSX_ROW_BYTES)
        throw this.tooLarge('row', this.rowBytes);
    }
  }

  private tooLarge(kind: 'cell' | 'row', size: number): XlsxTooLarge {
    const at = kind === 'cell' ? (this.cell() ?? this.row()) : this.row();
    return new XlsxTooLarge(kind, this.part, size, at);
  }
}

/** Unpacks one entry as a stream (stored or deflated); bytes past its declared size fail it. */
async function scanEntry(file: string, e: Entry, dataStart: number): Promise<void> {
  if (e.method !== 0 && e.method !== 8) throw new Error(`compression method ${e.method}`);
  if (e.packed === 0) {
    if (e.size !== 0) throw new Error(`${e.name} is empty but declares ${e.size} bytes`);
    return;
  }
  const raw = createReadStream(file, {
    start: dataStart,
    end: dataStart + e.packed - 1,
    highWaterMark: 1 << 16,
  });
  const stream: Readable = e.method === 0 ? raw : raw.pipe(createInflateRaw());
  const xml = /\.(xml|rels)$/i.test(e.name) ? new XmlRuns(e.name) : null;
  let out = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      out += chunk.length;
      if (out > e.size) throw new Error(`${e.name} unpacks past its declared size`);
      xml?.push(chunk);
    }
  } finally {
    raw.destroy();
    stream.destroy();
  }
  if (out !== e.size) throw new Error(`${e.name} unpacks short of its declared size`);
}

/**
 * Checks an .xlsx before exceljs opens it: the declared sizes and packing ratio of every part
 * (central directory), then each part unpacked as a stream against its declared size, with the
 * XML's cells, tags and rows bounded. Local entries must follow one another with nothing hidden
 * between them, since exceljs reads the local headers in order, not the directory. Throws
 * XlsxTooLarge for a limit, a plain Error for a damaged archive. Memory: a 64 KB window.
 */
export async function checkXlsxZip(file: string): Promise<void> {
  const { entries, start } = await centralDirectory(file);
  checkDeclared(entries);
  const sorted = [...entries].sort((a, b) => a.offset - b.offset);
  const fh = await open(file, 'r');
  const located: Array<{ e: Entry; data: number }> = [];
  try {
    let expected = 0;
    let prevFlags = 0;
    for (const e of sorted) {
      const head = Buffer.alloc(30);
      await fh.read(head, 0, 30, e.offset);
      if (head.readUInt32LE(0) !== 0x04034b50) throw new Error('bad local header');
      const nameLen = head.readUInt16LE(26);
      const name = Buffer.alloc(nameLen);
      await fh.read(name, 0, nameLen, e.offset + 30);
      if (name.toString('utf8') !== e.name) throw new Error('local name differs from the directory');
      if (!gapOk(e.offset - expected, prevFlags)) throw new Error('bytes hidden between entries');
      const data = e.offset + 30 + nameLen + head.readUInt16LE(28);
      located.push({ e, data });
      expected = data + e.packed;
      prevFlags = e.flags;
    }
    if (!gapOk(start - expected, prevFlags)) throw new Error('bytes hidden before the directory');
  } finally {
    await fh.close();
  }
  for (const { e, data } of located) await scanEntry(file, e, data);
}

/** The bytes allowed after an entry's data: none, or its data descriptor (flag bit 3). */
function gapOk(gap: number, flags: number): boolean {
  if (gap === 0) return true;
  return (flags & 8) !== 0 && [12, 16, 20, 24].includes(gap);
}
