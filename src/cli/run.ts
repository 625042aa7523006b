/**
 * One ingest run: list → read → parseDocument per file → assembleTables → validate → write.
 * The pipeline functions and stderr are passed in, so tests can run this in-process.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  MANIFEST_FILE,
  OUTPUT_FORMATS,
  tableFile,
  type ManifestInput,
  type ToolInfo,
} from '../data/manifest.ts';
import { TABLE_NAMES, type Tables } from '../data/schema.ts';
import { formatInvalidRow, validateTables } from '../data/validate.ts';
import { renderOutputs, writeOutputs } from '../data/write.ts';
import type { InputFile, ParsedDocument } from '../ingest/types.ts';
import type { IngestOptions } from './args.ts';
import { createProgress, type ProgressStream } from './progress.ts';
import { formatSummary } from './summary.ts';
import { listInputFiles, readListedFile } from './walk.ts';

export interface IngestDeps {
  /** The pipeline's parseDocumentAsync (every format, docx/xlsx/pdf included); a sync parser works too. */
  parseDocument(input: InputFile): ParsedDocument | Promise<ParsedDocument>;
  assembleTables(docs: readonly ParsedDocument[]): Tables;
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

  const progress = createProgress(listed.length, stderr, { label: '读取并解析文件', quiet: options.quiet });
  const docs: ParsedDocument[] = [];
  const reads: Omit<ManifestInput, 'status'>[] = [];
  for (const entry of listed) {
    const { input, sha256, bytes } = readListedFile(entry);
    reads.push({ file: input.file, sha256, bytes });
    // One file at a time: parsing is CPU-bound, and only one file's bytes are held at once.
    docs.push(await parseSafely(deps, input));
    progress.tick();
  }
  progress.finish();

  const assembled = deps.assembleTables(docs);
  const { tables, invalid } = validateTables(assembled);
  for (const row of invalid) stderr.write(`${formatInvalidRow(row)}\n`);

  // Status per file: the documents table is authoritative; the parser's own info covers a file
  // whose documents row went missing or was dropped as invalid.
  const statusByFile = new Map(docs.map((doc) => [doc.info.file, doc.info.status]));
  for (const row of assembled.documents) statusByFile.set(row.file, row.status);
  const inputs: ManifestInput[] = reads.map((read) => ({
    ...read,
    status: statusByFile.get(read.file) ?? 'error',
  }));

  const extraFormats = (['json', 'csv'] as const).filter((format) => options[format]);
  const outputs = renderOutputs({ tool: deps.tool, inputs, tables, invalid, extraFormats });
  writeOutputs(outDir, outputs);

  for (const doc of tables.documents) {
    if (doc.status === 'error') stderr.write(`文件错误 ${doc.file}：${doc.message}\n`);
  }
  if (!options.quiet) {
    stderr.write(
      formatSummary({
        outDir: options.outDir,
        statuses: inputs.map((input) => input.status),
        tables,
        invalidRows: invalid.length,
        filesWritten: outputs.files.length,
      }),
    );
  }

  const readable = reads.filter((read) => read.sha256 !== null).length;
  if (readable === 0) {
    stderr.write(`错误：${listed.length} 个文件全部无法读取（详见 documents 表）\n`);
    return EXIT_NOTHING_READABLE;
  }
  return EXIT_OK;
}
