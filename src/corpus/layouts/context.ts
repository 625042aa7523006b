/** What every document builder gets and returns. */
import type { DocKind } from '../../data/schema.ts';
import type { NumberStyle } from '../numbers.ts';
import type { Random } from '../random.ts';
import type { Block } from '../render.ts';
import type { DepartmentTruth, ProjectTruth } from '../truth.ts';

export interface DocContext {
  rng: Random;
  agency: string;
  year: number;
  style: NumberStyle;
  /** Paged text export: page footers ("第 3 页 共 7 页") between rows and paragraphs. */
  footers: boolean;
}

export interface DocModel {
  title: string;
  blocks: Block[];
  projects: ProjectTruth[];
  department: DepartmentTruth | null;
  docKind: DocKind;
  /** Layout features this report uses (two_line_header, repeated_header …), for analysis. */
  quirks: string[];
}
