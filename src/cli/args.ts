/** Command-line arguments of the ingest CLI (node:util parseArgs, strict: unknown flags are errors). */
import { parseArgs } from 'node:util';

export interface IngestOptions {
  inDir: string;
  outDir: string;
  json: boolean;
  csv: boolean;
  quiet: boolean;
  /** Problem taxonomy (YAML); categories are "其他" when the file is missing. */
  taxonomy: string;
}

export type ParsedArgs =
  { kind: 'run'; options: IngestOptions } | { kind: 'help' } | { kind: 'error'; message: string };

export const DEFAULT_IN = 'data/reports';
export const DEFAULT_OUT = 'data/';
export const DEFAULT_TAXONOMY = 'data/taxonomy.yaml';

export const USAGE = `用法：npm run ingest -- [选项]
      （或 npx tsx src/cli/ingest.ts [选项]）

读取报告文件夹中的全部文件（递归，跳过以 . 开头的隐藏文件），解析绩效自评内容，
校验后写出数据表：<表>.arrow（看板使用）与 manifest.json。

选项：
  --in DIR     报告所在文件夹（默认 ${DEFAULT_IN}）
  --out DIR    输出文件夹（默认 ${DEFAULT_OUT}）
  --json       另写 <表>.json（行对象数组）
  --csv        另写 <表>.csv（UTF-8 带 BOM，便于 Excel 打开）
  --taxonomy FILE  问题分类表（默认 ${DEFAULT_TAXONOMY}）
  --quiet      不显示进度与汇总（错误仍输出到 stderr）
  -h, --help   显示本说明

退出码：0 = 完成（个别文件无法读取或解析也算完成，见 documents 表的 status/message）；
        1 = 没有任何文件可读；2 = 参数错误或输入文件夹不存在/为空。
`;

function describe(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = /'([^']+)'/.exec(message)?.[1] ?? message;
    return `未知选项：${flag}`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const value = /'([^']+)'/.exec(message)?.[1] ?? message;
    return `多余的参数：${value}（文件夹请用 --in 指定）`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `选项取值无效：${message}`;
  return message;
}

export function parseIngestArgs(argv: readonly string[]): ParsedArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        in: { type: 'string', default: DEFAULT_IN },
        out: { type: 'string', default: DEFAULT_OUT },
        json: { type: 'boolean', default: false },
        csv: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        taxonomy: { type: 'string', default: DEFAULT_TAXONOMY },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return { kind: 'error', message: describe(error) };
  }
  if (values.help) return { kind: 'help' };
  for (const flag of ['in', 'out'] as const) {
    if (values[flag].trim() === '') return { kind: 'error', message: `--${flag} 不能为空` };
  }
  return {
    kind: 'run',
    options: {
      inDir: values.in,
      outDir: values.out,
      json: values.json,
      csv: values.csv,
      taxonomy: values.taxonomy,
      quiet: values.quiet,
    },
  };
}
