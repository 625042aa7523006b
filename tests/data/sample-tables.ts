/**
 * Hand-built contract tables for writer/manifest tests (independent of the parser). Values follow
 * seed 004 (晋中市公安局开发区分局, 2021): 150 万元 budget, 100 executed, reported 66 %, scored 6.6/10.
 */
import type { Tables } from '../../src/data/schema.ts';

const FILE = '004_14bdfe115d2c50b3.txt';
const SHA = 'a'.repeat(64);

export function sampleTables(): Tables {
  return {
    source_lines: [{ file: FILE, line: 10, text: '\t年度资金总额\t150\t150\t100\t10\t66%\t6.6\t' }],
    documents: [
      {
        doc_id: 'doc-004',
        file: FILE,
        sha256: SHA,
        bytes: 18099,
        encoding: 'utf-8',
        format: 'txt',
        doc_kind: 'project_table',
        title: '项目支出绩效自评表',
        agency: '晋中市公安局开发区分局',
        year: 2021,
        status: 'ok',
        message: '',
      },
      {
        doc_id: 'doc-bad',
        file: 'sub/坏文件.bin',
        sha256: '',
        bytes: 0,
        encoding: null,
        format: 'bin',
        doc_kind: null,
        title: null,
        agency: null,
        year: null,
        status: 'error',
        message: '没有读取权限（EACCES）',
      },
    ],
    agencies: [
      { name: '晋中市公安局开发区分局', aliases: [], province: '山西省', city: '晋中市', county: null },
    ],
    projects: [
      {
        project_id: 'p-004-1',
        doc_id: 'doc-004',
        agency: '晋中市公安局开发区分局',
        year: 2021,
        name: '新建潇河派出所业务用房建设资金',
        aliases: ['潇河派出所业务用房', '=HYPERLINK("x")'],
        code: null,
        managing_dept: '晋中市公安局开发区分局',
        implementing_unit: '晋中市公安局开发区分局',
        budget_initial: 150,
        budget_adjusted: 150,
        executed: 100,
        execution_rate: 100 / 150,
        execution_rate_reported: 0.66,
        execution_weight: 10,
        execution_score: 6.6,
        total_score: 87.6,
        grade: '良',
        grade_band: '良',
        indicator_count: 1,
        sources: [
          { file: FILE, line_start: 7, line_end: 30 },
          { file: FILE, line_start: 40, line_end: 41 },
        ],
      },
    ],
    departments: [],
    indicators: [
      {
        indicator_id: 'i-004-1-1',
        project_id: 'p-004-1',
        level1: '产出指标',
        level2: '数量指标',
        name: '询问室、留置室',
        target: '430平米',
        actual: '430平米',
        weight: 10,
        score: 10,
        deviation_reason: '无偏差',
        file: FILE,
        line: 18,
      },
    ],
    problems: [
      {
        problem_id: 'pr-1',
        doc_id: 'doc-004',
        project_id: 'p-004-1',
        agency: '晋中市公安局开发区分局',
        year: 2021,
        text: '工程未办理结算评审，"引号",逗号',
        categories: ['进度', '管理'],
        cluster_id: 'c-1',
        file: FILE,
        line: 23,
      },
    ],
    flags: [
      {
        flag_id: 'f-1',
        rule: 'execution_rate_mismatch',
        severity: 'warning',
        doc_id: 'doc-004',
        project_id: 'p-004-1',
        agency: '晋中市公安局开发区分局',
        year: 2021,
        message: '填报执行率 66% 与计算值 66.67% 不符',
        evidence: '{"reported":0.66,"computed":0.6667}',
        sources: [{ file: FILE, line_start: 9, line_end: 9 }],
      },
    ],
  };
}
