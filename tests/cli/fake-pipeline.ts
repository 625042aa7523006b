/**
 * A tiny stand-in for the parser core (src/ingest/pipeline.ts) so the CLI orchestration can be
 * tested in-process without depending on parser behaviour: a file is "ok" when its UTF-8 text
 * contains 绩效, "unrecognized" otherwise, "error" when it could not be read.
 */
import { createHash } from 'node:crypto';
import type { DocumentRow, Tables } from '../../src/data/schema.ts';
import type { InputFile, ParsedDocument } from '../../src/ingest/types.ts';

export function fakeParseDocument(input: InputFile): ParsedDocument {
  const info = {
    doc_id: `doc:${input.file}`,
    file: input.file,
    sha256: '',
    bytes: 0,
    encoding: null,
    format: input.file.split('.').pop() ?? '',
    doc_kind: null,
    title: null,
    agency: null,
    agency_aliases: [],
    year: null,
    status: 'error' as const,
    message: '',
  };
  if ('readError' in input)
    return {
      info: { ...info, message: input.readError },
      projects: [],
      department: null,
      problems: [],
      cited_lines: [],
    };
  const text = new TextDecoder().decode(input.bytes);
  const recognized = text.includes('绩效');
  return {
    info: {
      ...info,
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
      bytes: input.bytes.byteLength,
      encoding: 'utf-8',
      doc_kind: recognized ? 'narrative' : null,
      agency: recognized ? (text.split('\n')[0] ?? null) : null,
      status: recognized ? 'ok' : 'unrecognized',
      message: recognized ? '' : '未发现绩效自评内容',
    },
    projects: [],
    department: null,
    problems: [],
    cited_lines: [],
  };
}

/** The parser core's categorizer, as a stand-in that leaves fake problems as they are (fakes have none). */
export function fakeProblemCategorizer(): { count(): void; fill(): void } {
  return { count: () => undefined, fill: () => undefined };
}

export function fakeAssembleTables(docs: readonly ParsedDocument[]): Tables {
  const documents: DocumentRow[] = docs.map(({ info }) => {
    const { agency_aliases: _aliases, ...row } = info;
    return row;
  });
  const recognized = documents.filter((doc) => doc.status === 'ok');
  return {
    documents,
    source_lines: [],
    agencies: [],
    projects: [],
    departments: [],
    indicators: [],
    problems: [],
    flags: recognized.map((doc, index) => ({
      flag_id: `f-${index + 1}`,
      rule: 'executed_exceeds_budget',
      severity: 'error',
      doc_id: doc.doc_id,
      project_id: null,
      agency: doc.agency ?? '',
      year: null,
      message: '执行数超过预算',
      evidence: '{}',
      sources: [{ file: doc.file, line_start: 1, line_end: 1 }],
    })),
  };
}
