/**
 * Entry point of `npm run ingest`: parse arguments, wire the real parser pipeline and stderr into
 * runIngest, set the exit code. See `--help` and README.md.
 */
import { readFile } from 'node:fs/promises';
import pkg from '../../package.json' with { type: 'json' };
import { assembleTables, parseDocumentAsync, ProblemCategorizer } from '../ingest/pipeline.ts';
import { initSegmenter } from '../ingest/problems/index.ts';
import { USAGE, parseIngestArgs } from './args.ts';
import { EXIT_USAGE, runIngest } from './run.ts';
import { tuneV8ForIngest } from './v8-tuning.ts';

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseIngestArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`错误：${parsed.message}\n运行 npm run ingest -- --help 查看用法。\n`);
    return EXIT_USAGE;
  }
  const taxonomy = await readFile(parsed.options.taxonomy, 'utf8').catch(() => {
    process.stderr.write(`提示：未找到问题分类表 ${parsed.options.taxonomy}，问题一律归为“其他”。\n`);
    return undefined;
  });
  tuneV8ForIngest();
  // Word segmentation (jieba) sharpens category matching; without it a character fallback is used.
  await initSegmenter();
  return runIngest(parsed.options, {
    parseDocument: parseDocumentAsync,
    assembleTables: (docs, options) => assembleTables(docs, { ...options, taxonomy }),
    problemCategorizer: () => new ProblemCategorizer(taxonomy),
    stderr: process.stderr,
    tool: { name: pkg.name, version: pkg.version },
  });
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // A bug, not bad input (bad input never throws): show the stack so it can be fixed.
  process.stderr.write(
    `ingest 失败：${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
}
