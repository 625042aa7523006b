/**
 * Robustness: every fixture (the seed reports, the format fixtures, a dozen synthetic reports)
 * is fed whole, truncated at random points, with its lines shuffled and with corrupted bytes
 * (flipped bytes, inserted NULs, UTF-8 sequences cut short) through parseDocument and
 * parseDocumentAsync + assembleTables. Whatever the input: no exception, exactly one documents
 * row with a valid status and a message, every row valid against the zod contract, and at most
 * 2 s per input. The randomness is seeded per fixture, so a failure names a reproducible input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../src/corpus/corpus.ts';
import { mixSeed, Random } from '../../src/corpus/random.ts';
import { DOC_STATUSES, TABLE_NAMES, TABLE_SCHEMAS, type Tables } from '../../src/data/schema.ts';
import { assembleTables, parseDocument, parseDocumentAsync } from '../../src/ingest/pipeline.ts';
import type { ParsedDocument } from '../../src/ingest/types.ts';
import { readSeedFiles } from '../helpers/seeds.ts';

const FUZZ_SEED = 4242;
const MAX_MS_PER_INPUT = 2000;
const FORMATS_DIR = join(import.meta.dirname, '../fixtures/formats');

interface Fixture {
  file: string;
  bytes: Uint8Array;
}

interface Variant {
  label: string;
  bytes: Uint8Array;
}

function formatFixtures(): Fixture[] {
  let names: string[];
  try {
    names = readdirSync(FORMATS_DIR);
  } catch {
    return [];
  }
  return names
    .filter((f) => !f.endsWith('.json') && !f.startsWith('.'))
    .sort()
    .map((f) => ({ file: f, bytes: new Uint8Array(readFileSync(join(FORMATS_DIR, f))) }));
}

const LF = 0x0a;

function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === LF) {
      lines.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  return lines;
}

function joinLines(lines: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(lines.reduce((n, l) => n + l.length + 1, 0));
  let at = 0;
  for (const l of lines) {
    out.set(l, at);
    at += l.length;
    out[at++] = LF;
  }
  return out;
}

/** The damaged copies of one fixture; labels say exactly what was done. */
function variantsOf(bytes: Uint8Array, rng: Random): Variant[] {
  const n = bytes.length;
  const out: Variant[] = [{ label: 'original', bytes }];
  for (let k = 0; k < 5; k++) {
    const cut = rng.int(0, Math.max(0, n - 1));
    out.push({ label: `truncated at byte ${cut}/${n}`, bytes: bytes.slice(0, cut) });
  }
  const lines = splitLines(bytes);
  out.push({ label: 'lines shuffled', bytes: joinLines(rng.shuffle(lines)) });
  // A shuffled window keeps most of the structure: a table whose rows came out of order.
  const from = rng.int(0, Math.max(0, lines.length - 20));
  const window = [
    ...lines.slice(0, from),
    ...rng.shuffle(lines.slice(from, from + 20)),
    ...lines.slice(from + 20),
  ];
  out.push({ label: `lines ${from + 1}–${from + 20} shuffled`, bytes: joinLines(window) });

  for (const share of [0.0005, 0.02]) {
    const flipped = bytes.slice();
    const flips = Math.max(1, Math.round(n * share));
    for (let k = 0; k < flips && n > 0; k++) {
      const i = rng.int(0, n - 1);
      flipped[i] = (flipped[i] as number) ^ (1 << rng.int(0, 7));
    }
    out.push({ label: `${flips} random bit flips`, bytes: flipped });
  }

  const nulAt = [0, 0, 0].map(() => rng.int(0, n)).sort((a, b) => a - b);
  const withNuls = new Uint8Array(n + nulAt.length);
  let src = 0;
  let dst = 0;
  for (const at of nulAt) {
    withNuls.set(bytes.subarray(src, at), dst);
    dst += at - src;
    withNuls[dst++] = 0;
    src = at;
  }
  withNuls.set(bytes.subarray(src), dst);
  out.push({ label: `NULs inserted at ${nulAt.join(', ')}`, bytes: withNuls });

  // Drop one continuation byte of a few multi-byte UTF-8 sequences (a cut character).
  const leads: number[] = [];
  bytes.forEach((b, i) => {
    if (b >= 0xc2 && b <= 0xf4 && i + 1 < n) leads.push(i + 1);
  });
  const cuts = new Set(rng.sample(leads, 20));
  out.push({ label: `${cuts.size} UTF-8 sequences cut`, bytes: bytes.filter((_, i) => !cuts.has(i)) });
  return out;
}

/** Contract violations of one ingest result, as readable lines. */
function violations(tables: Tables): string[] {
  const found: string[] = [];
  if (tables.documents.length !== 1) found.push(`${tables.documents.length} documents rows`);
  const doc = tables.documents[0];
  if (doc && !DOC_STATUSES.includes(doc.status)) found.push(`status ${doc.status}`);
  if (doc && doc.message.trim() === '') found.push('empty message');
  for (const name of TABLE_NAMES) {
    tables[name].forEach((row, k) => {
      const result = TABLE_SCHEMAS[name].safeParse(row);
      if (!result.success)
        found.push(
          `${name}[${k}]: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
        );
    });
  }
  return found;
}

const timings: { ms: number; input: string }[] = [];

async function check(file: string, variant: Variant): Promise<string[]> {
  const problems: string[] = [];
  const runs: [string, () => ParsedDocument | Promise<ParsedDocument>][] = [
    ['parseDocument', () => parseDocument({ file, bytes: variant.bytes })],
    ['parseDocumentAsync', () => parseDocumentAsync({ file, bytes: variant.bytes })],
  ];
  for (const [name, parse] of runs) {
    const started = performance.now();
    try {
      const tables = assembleTables([await parse()]);
      problems.push(...violations(tables).map((v) => `${name}: ${v}`));
    } catch (error) {
      problems.push(
        `${name} threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
    const ms = performance.now() - started;
    timings.push({ ms, input: `${file} (${variant.label}) via ${name}` });
    if (ms > MAX_MS_PER_INPUT) problems.push(`${name} took ${ms.toFixed(0)} ms (> ${MAX_MS_PER_INPUT} ms)`);
  }
  return problems.map((p) => `${file} (${variant.label}): ${p}`);
}

const generated: Fixture[] = (await generateCorpus({ reports: 12, seed: FUZZ_SEED })).map((f) => ({
  file: `generated/${f.file}`,
  bytes: f.bytes,
}));
const fixtures: Fixture[] = [...readSeedFiles(), ...formatFixtures(), ...generated];

describe('ingest robustness (fuzz)', () => {
  // pdf.js reports every damaged object on the console; the assertions below are what count.
  beforeAll(async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // The bound is per file: load each converter (pdf.js, the docx and xlsx readers) once first,
    // so loading a library on a busy machine is not counted against the first file of its format.
    const byFormat = new Map(formatFixtures().map((f) => [f.file.slice(f.file.lastIndexOf('.')), f]));
    for (const f of byFormat.values()) await parseDocumentAsync(f);
  });
  afterAll(() => {
    vi.restoreAllMocks();
    const slowest = [...timings].sort((a, b) => b.ms - a.ms)[0];
    const total = timings.reduce((sum, t) => sum + t.ms, 0);
    process.stdout.write(
      `fuzz: ${timings.length} parses in ${(total / 1000).toFixed(1)} s; slowest ${slowest?.ms.toFixed(0)} ms: ${slowest?.input}\n`,
    );
  });

  it('the contract check reports a bad row (so the fuzz assertions can fail)', () => {
    const tables = assembleTables([parseDocument({ file: 'x.txt', bytes: new TextEncoder().encode('x') })]);
    expect(violations(tables)).toEqual([]);
    const broken = {
      ...tables,
      documents: [{ ...(tables.documents[0] as Tables['documents'][number]), message: '', bytes: -1 }],
    };
    expect(violations(broken)).toEqual(['empty message', expect.stringMatching(/^documents\[0\]: bytes/)]);
    expect(violations({ ...tables, documents: [] })).toEqual(['0 documents rows']);
  });

  it('has fixtures of every kind: seeds, format fixtures, generated reports', () => {
    expect(readSeedFiles().length).toBeGreaterThanOrEqual(5);
    expect(generated).toHaveLength(12);
    expect(fixtures.length).toBeGreaterThanOrEqual(17);
  });

  fixtures.forEach((fixture, index) => {
    it(`${fixture.file}: damaged copies parse without throwing into valid rows, each within ${MAX_MS_PER_INPUT} ms`, async () => {
      const rng = new Random(mixSeed(FUZZ_SEED, index));
      const problems: string[] = [];
      for (const variant of variantsOf(fixture.bytes, rng))
        problems.push(...(await check(fixture.file, variant)));
      expect(problems).toEqual([]);
    }, 30_000);
  });
});
