/**
 * One ingest run: list → read → parseDocument per file (set aside in a spill file) → assemble one
 * part of whole agencies at a time → validate → write. Memory stays flat as the corpus grows: no
 * more than one file's bytes and one part's documents are held, plus a few rows per document.
 * The pipeline functions and stderr are passed in, so tests can run this in-process.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  MANIFEST_FILE,
  OUTPUT_FORMATS,
  buildManifest,
  tableFile,
  type ManifestInput,
  type ToolInfo,
} from '../data/manifest.ts';
import {
  TABLE_NAMES,
  type DocStatus,
  type DocumentRow,
  type FlagRow,
  type FlagRule,
} from '../data/schema.ts';
import { formatInvalidRow } from '../data/validate.ts';
import { OutputWriter } from '../data/write.ts';
import { ROW_ORDER } from '../ingest/assemble.ts';
import type { InputFile, ParsedDocument } from '../ingest/types.ts';
import type { IngestOptions } from './args.ts';
import {
  assembleByAgency,
  assemblyParts,
  indexDocument,
  type AssembleDeps,
  type IndexedDocument,
} from './assemble-by-agency.ts';
import { documentCodec } from './document-codec.ts';
import { Spill } from './spill.ts';
import { createProgress, type ProgressStream } from './progress.ts';
import { formatSummary, type SummaryInput } from './summary.ts';
import { listInputFiles, readListedFile, type ListedFile } from './walk.ts';

export interface IngestDeps extends AssembleDeps {
  /** The pipeline's parseDocumentAsync (every format, docx/xlsx/pdf included); a sync parser works too. */
  parseDocument(input: InputFile): ParsedDocument | Promise<ParsedDocument>;
  stderr: ProgressStream;
  tool: ToolInfo;
}

export const EXIT_OK = 0;
export const EXIT_NOTHING_READABLE = 1;
export const EXIT_USAGE = 2;

/** Absolute paths of every file a run may write into outDir (skipped when outDir lies inside inDir). */
function ownOutputPaths(outDir: string): Set<string> {
  const names = [
    MANIFEST_FILE,
    ...TABLE_NAMES.flatMap((table) => OUTPUT_FORMATS.map((f) => tableFile(table, f))),
  ];
  return new Set(names.map((name) => join(outDir, name)));
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * parseDocument must not throw; if it does anyway (a parser bug), the file is parsed again as a
 * read failure carrying the error, so it still gets a documents row and the run goes on.
 */
async function parseSafely(deps: IngestDeps, input: InputFile): Promise<ParsedDocument> {
  try {
    return await deps.parseDocument(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    deps.stderr.write(`解析器内部错误 ${input.file}：${reason}\n`);
    return deps.parseDocument({ file: input.file, readError: `解析器内部错误：${reason}` });
  }
}

/** Files parsed between two turns of the event loop. */
const YIELD_EVERY = 32;

/** The formats written besides Arrow. */
function extraFormatsOf(options: IngestOptions): ('json' | 'csv')[] {
  return (['json', 'csv'] as const).filter((format) => options[format]);
}

/** Runs ingest and returns the process exit code. */
export async function runIngest(options: IngestOptions, deps: IngestDeps): Promise<number> {
  const { stderr } = deps;
  const inDir = resolve(options.inDir);
  const outDir = resolve(options.outDir);
  if (!isDirectory(inDir)) {
    stderr.write(`错误：输入文件夹不存在或不是文件夹：${options.inDir}\n`);
    return EXIT_USAGE;
  }
  const listed = listInputFiles(inDir, ownOutputPaths(outDir));
  if (listed.length === 0) {
    stderr.write(`错误：输入文件夹中没有文件：${options.inDir}（把报告放进该文件夹后再运行）\n`);
    return EXIT_USAGE;
  }

  const spill = new Spill(documentCodec);
  const output = new OutputWriter(outDir, extraFormatsOf(options));
  // Interrupted (Ctrl-C, kill): remove the temporaries, leave the earlier output as it was, then
  // let the signal end the process as it would have.
  const interrupted = (signal: NodeJS.Signals) => {
    output.abort();
    spill.close();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  let result: RunResult;
  try {
    result = await ingestInto(listed, options, deps, spill, output);
  } catch (error) {
    output.abort();
    throw error;
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    spill.close();
  }

  const { errors, summary, readable } = result;
  for (const doc of errors) stderr.write(`文件错误 ${doc.file}：${doc.message}\n`);
  if (!options.quiet) stderr.write(formatSummary({ ...summary, outDir: options.outDir }));
  if (readable === 0) {
    stderr.write(`错误：${listed.length} 个文件全部无法读取（详见 documents 表）\n`);
    return EXIT_NOTHING_READABLE;
  }
  return EXIT_OK;
}

interface RunResult {
  /** documents rows of the files that could not be read or parsed. */
  errors: readonly DocumentRow[];
  summary: Omit<SummaryInput, 'outDir'>;
  /** Files that could be read. */
  readable: number;
}

/** Parses every listed file into the spill, assembles part by part into the output, writes the manifest. */
async function ingestInto(
  listed: readonly ListedFile[],
  options: IngestOptions,
  deps: IngestDeps,
  spill: Spill<ParsedDocument>,
  output: OutputWriter,
): Promise<RunResult> {
  const { stderr } = deps;
  const progress = createProgress(listed.length, stderr, { label: '读取并解析文件', quiet: options.quiet });
  const indexed: IndexedDocument[] = [];
  const reads: Omit<ManifestInput, 'status'>[] = [];
  // The parser's own status covers a file whose documents row is dropped as invalid.
  const statusByFile = new Map<string, DocStatus>();
  // One string per agency key, not one per document: the index is all a run holds per file.
  const keys = new Map<string, string>();
  const interned = (key: string): string => {
    const known = keys.get(key);
    if (known !== undefined) return known;
    keys.set(key, key);
    return key;
  };
  for (const entry of listed) {
    const { input, sha256, bytes } = readListedFile(entry);
    reads.push({ file: input.file, sha256, bytes });
    // One file at a time: parsing is CPU-bound, and only one file's bytes are held at once.
    const doc = await parseSafely(deps, input);
    statusByFile.set(doc.info.file, doc.info.status);
    indexed.push(indexDocument(doc, spill.add(doc), interned));
    progress.tick();
    // Parsing never waits on I/O: give the event loop a turn now and then, so a Ctrl-C is handled.
    if (indexed.length % YIELD_EVERY === 0) await new Promise((resume) => setImmediate(resume));
  }
  progress.finish();

  const errors: DocumentRow[] = [];
  const flagRules: FlagRule[] = [];
  const invalid = assembleByAgency(
    assemblyParts(indexed),
    (entry) => spill.read(entry),
    deps,
    (table, rows) => {
      // The documents table is authoritative for each file's status.
      if (table === 'documents') {
        for (const row of rows as readonly DocumentRow[]) {
          statusByFile.set(row.file, row.status);
          if (row.status === 'error') errors.push(row);
        }
      }
      if (table === 'flags') for (const row of rows as readonly FlagRow[]) flagRules.push(row.rule);
      output.append(table, rows);
    },
  );
  for (const row of invalid) stderr.write(`${formatInvalidRow(row)}\n`);

  const inputs: ManifestInput[] = reads.map((read) => ({
    ...read,
    status: statusByFile.get(read.file) ?? 'error',
  }));
  const rows = output.rows();
  const manifest = buildManifest({
    tool: deps.tool,
    inputs,
    rows,
    invalid,
    extraFormats: extraFormatsOf(options),
  });
  const files = output.finish(manifest);
  return {
    errors: errors.sort(ROW_ORDER.documents),
    summary: {
      statuses: inputs.map((input) => input.status),
      rows,
      flagRules,
      invalidRows: invalid.length,
      filesWritten: files.length,
    },
    readable: reads.filter((read) => read.sha256 !== null).length,
  };
}
