/**
 * Problem statements of one document: from problem sections (存在的问题, 主要问题, 问题及原因分析),
 * from problem lists announced inline ("但还存在一些问题：一是…"), from sentences with problem cues
 * anywhere (但/还存在/有待/不到位/滞后 …), from table cells labelled as problems, and from the
 * deviation-reason column of indicator tables. Headings, remedies and fillers are not statements.
 */
import {
  CONSEQUENCE_START,
  PROBLEM_INTRO,
  REMEDY_INLINE,
  REMEDY_START,
  DEFINITION,
  MEASURE_START,
  SECTION_WORD,
  afterContrast,
  cueIndex,
  sectionKind,
  sentenceHasCue,
  type SectionKind,
} from './cues.ts';
import { isFillerStatement } from './filler.ts';
import { chineseNumber } from '../chinese-numerals.ts';
import { memoizeText } from '../memo.ts';
import { leadingMarker, splitNumbered, stripMarker } from './split.ts';
import { cleanText, hasCjk, splitClauses, splitSentences, splitCells, trimPunct } from './text.ts';

export interface ExtractedProblem {
  text: string;
  /** 1-based source line. */
  line: number;
}

/** Longest sentence kept as an item's headline when the item goes on to explain it. */
const HEADLINE_MAX = 30;
const MIN_STATEMENT = 4;
/** Longest heading or label title. */
const TITLE_MAX = 30;
const SHORT_TITLE = 8;

interface Heading {
  level: number;
  kind: SectionKind;
}

/** How section titles end: "存在的问题", "改进措施", "原因分析", "存在的不足" (but not "经费保障不足"). */
const TITLE_END =
  /(?:问题|措施|建议|做法|经验|应用|情况|分析|原因|计划|打算|思路|方向|下一步|说明|不足之处|概况|背景|依据|职能)$|(?:存在|主要|发现)的?(?:主要)?(?:不足|差距|困难)$|(?:问题|困难)(?:和|与|及)(?:不足|差距|困难)$/;
const SECTION_WORDS = /问题|不足|差距|困难/g;
const UNNUMBERED = 9;

const TITLE_TRAIL = /[。.：:\s]/;
/** A line saying there is nothing to report: "不存在问题", "暂无问题", "未发现明显问题". */
const DENIES_ALL = /^(?:不存在|没有|无|暂无|未发现|未出现)(?:明显|重大|其他|突出)?(?:的)?(?:问题|不足|困难)$/;

/** The text without trailing 。.：: and spaces, trimmed. */
function titleOf(text: string): string {
  let end = text.length;
  while (end > 0 && TITLE_TRAIL.test(text.charAt(end - 1))) end--;
  return text.slice(0, end).trim();
}

/** Texts longer than this are read directly: they are prose (null) after a cheap length check. */
const MEMO_HEADING_MAX = 40;
const shortHeading = memoizeText(readHeading);

/** A heading or table label: short, no sentence punctuation. Null for prose. */
function headingOf(text: string): Heading | null {
  return text.length > MEMO_HEADING_MAX ? readHeading(text) : shortHeading(text);
}

function readHeading(text: string): Heading | null {
  const marker = leadingMarker(text);
  const title = titleOf(marker ? marker.rest : text);
  if (title.length < 2 || title.length > TITLE_MAX || /[，,。；;！？!?]/.test(title)) return null;
  // An unnumbered line ending in 。 is a sentence ("资金使用中未出现违规问题。") unless very short ("改进建议。").
  if (!marker && /[。.]\s*$/.test(text) && title.length > SHORT_TITLE) return null;
  // A short line that states a problem itself ("评价结果未能有效应用") is an item, not a title; one
  // that denies any ("不存在问题。", "暂无问题") is the whole of its section, not a new one.
  const isTitle =
    TITLE_END.test(title) && !sentenceHasCue(title.replace(SECTION_WORDS, '')) && !DENIES_ALL.test(title);
  return { level: marker?.level ?? UNNUMBERED, kind: isTitle ? sectionKind(title) : 'other' };
}

/** Sentences, with a consequence sentence ("导致…") joined to the one before it. */
function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const s of splitSentences(text)) {
    const last = out.length - 1;
    if (last >= 0 && CONSEQUENCE_START.test(s)) out[last] += s;
    else out.push(s);
  }
  return out;
}

/**
 * A cell's own label before its cause ("原因：…", "偏差原因分析：…") or a table's note label ("说明：…",
 * "注：…", "备注："): not part of the statement.
 */
const CAUSE_LABEL = /^(?:(?:偏差|主要|存在的?)?(?:原因|问题)(?:分析)?|注|附注|备注|说明)[：:]\s*/;

/** "扣1分", "扣减0.5分": how a scorer marked the problem down, no part of it. */
const SCORE_NOTE = /^(?:扣|扣除|扣减|减)\d+(?:\.\d+)?分[，,。；;]?$/;
/** A clause stating only a figure ("全年预算18万元", "执行率70%", "自评得分78分"). */
const FIGURE_CLAUSE = /\d(?:\.\d+)?\s*(?:万元|亿元|元|%|％|分)[，,]?$/;
/** "警务技能培训经费：": a list item's label naming its project. */
const ITEM_LABEL = /^[^，,。；;：:]{2,30}[：:]/;

/**
 * "X经费：全年预算18万元，…，自评得分78分，部分培训班次…未能如期举办": a list item's label and
 * figures before the problem it goes on to state are the item's, not the problem's.
 */
function withoutFigureLead(clauses: readonly string[]): readonly string[] {
  const label = ITEM_LABEL.exec(clauses[0] ?? '');
  if (!label) return clauses;
  const rest = [(clauses[0] as string).slice(label[0].length), ...clauses.slice(1)];
  let k = 0;
  while (k < rest.length - 1 && FIGURE_CLAUSE.test(rest[k] as string) && !sentenceHasCue(rest[k] as string))
    k++;
  return k === 0 ? clauses : rest.slice(k);
}

/** Cuts a statement before its first remedy clause ("…，下一步将…") and trims markers and punctuation. */
function finish(text: string): string | null {
  const clauses = withoutFigureLead(splitClauses(stripMarker(text.trim()).replace(CAUSE_LABEL, '')));
  const keep: string[] = [];
  for (const c of clauses) {
    if (keep.length > 0 && REMEDY_START.test(c)) break;
    if (SCORE_NOTE.test(c)) continue;
    keep.push(c);
  }
  const t = causeOf(trimPunct(stripMarker(trimPunct(keep.join('').replace(LEADING_CONNECTIVE, '')))));
  if (t.length < MIN_STATEMENT || !hasCjk(t) || isFillerStatement(t) || REMEDY_START.test(t)) return null;
  if (TOPIC_LABEL.test(t) && !sentenceHasCue(t, true)) return null;
  return t;
}

/** Words joining a statement to the one before it ("但…", "同时…", "此外，…"): no part of it. */
const LEADING_CONNECTIVE = /^(?:但是|但|然而|不过|可是|同时|此外|另外|其次)[，,]?/;
/** "（一）预算编制方面": a topic grouping the problems under it, not one of them. */
const TOPIC_LABEL = /^[^，,。；;]{2,12}方面$/;
/** "…，主要原因是…": the effect stated, then its cause. */
const CAUSE_AFTER = /[，,](?:其|这|究其)?(?:主要)?原因(?:是|为|在于)[：:]?/;

/**
 * "预算执行率未达到100%，主要原因是采购流程较长": when the effect before the cause states no problem
 * itself (a figure falling short), the cause is the statement.
 */
function causeOf(text: string): string {
  if (!text.includes('原因')) return text;
  const m = CAUSE_AFTER.exec(text);
  if (!m || sentenceHasCue(text.slice(0, m.index), true)) return text;
  const cause = text.slice(m.index + m[0].length);
  return cause.length >= MIN_STATEMENT ? cause : text;
}

/** "未发现…问题", "不存在…情况": a report that there is no problem. */
const NO_PROBLEM = /(?:未出现|未发现|没有发现|没有出现|不存在)[^，。；]{0,12}(?:问题|情况|现象)/;

/**
 * Text that is not a problem even inside a problem section: its problem words are denied or
 * reported solved ("有效解决了警力不足问题"), it reports there is none, or it defines a term.
 */
function deniedProblem(text: string): boolean {
  if (DEFINITION.test(text)) return true;
  if (sentenceHasCue(text, true)) return false;
  return cueIndex(text) >= 0 || NO_PROBLEM.test(text);
}

/** One numbered item: its headline when it goes on to explain itself, else the whole item. */
function itemStatement(item: string): string | null {
  if (deniedProblem(item)) return null;
  const sentences = sentencesOf(stripMarker(item)).filter((s) => !/^[。！？!?]+$/.test(s));
  const first = trimPunct(sentences[0] ?? '');
  if (sentences.length > 1 && first.length <= HEADLINE_MAX) return finish(first);
  return finish(item);
}

const SEMICOLON_END = /[；;]$/;

/** Whether sentence i of a problem-section text is one of several items joined by "；". */
function inSemicolonChain(sentences: readonly string[], i: number): boolean {
  return SEMICOLON_END.test(sentences[i] ?? '') || SEMICOLON_END.test(sentences[i - 1] ?? '');
}

/**
 * Statements of a text inside a problem section, where every item is a problem, appended to `out`
 * in order (null: an item that turned out not to be a statement). Pure: depends on the text only.
 */
function problemStatements(text: string, out: (string | null)[]): void {
  const remedy = REMEDY_INLINE.exec(text);
  const body = remedy ? text.slice(0, remedy.index) : text;
  const split = splitNumbered(body);
  if (split.items.length >= 2) {
    if (split.head !== '') cuedStatements(split.head, out);
    for (const item of split.items) out.push(itemStatement(item));
  } else if (leadingMarker(body.trim())) {
    out.push(itemStatement(body));
  } else {
    const sentences = sentencesOf(body).filter((s) => !deniedProblem(s));
    // Pieces joined by "；" are parallel items: each one is a problem, cue or not.
    const cued = sentences.filter((s, i) => sentenceHasCue(s, true) || inSemicolonChain(sentences, i));
    if (sentences.length === 1 || (sentences.length > 1 && cued.length === 0))
      out.push(finish(sentences.join('')));
    else for (const s of cued) out.push(finish(s));
  }
  if (remedy) cuedStatements(text.slice(remedy.index), out);
}

/**
 * Statements of a text outside problem sections (only sentences with a problem cue, and lists
 * after an intro), appended to `out` in order. Returns true when the text ends with an intro
 * ("但还存在一些问题：") whose list follows on the next lines. Pure: depends on the text only.
 */
function cuedStatements(text: string, out: (string | null)[]): boolean {
  // An intro ends with a colon: most lines have none, so skip the long pattern.
  const intro = text.includes('：') || text.includes(':') ? PROBLEM_INTRO.exec(text) : null;
  if (intro) {
    const before = text.slice(0, intro.index);
    // Drop the clause that carries the intro ("但还存在一些问题：").
    const cut = Math.max(...[...'，,。；;'].map((p) => before.lastIndexOf(p)));
    if (cut > 0) cuedStatements(before.slice(0, cut + 1), out);
    const rest = text.slice(intro.index + intro[0].length);
    if (rest.trim() === '') return true;
    problemStatements(rest, out);
    return false;
  }
  for (const s of sentencesOf(text)) {
    if (!sentenceHasCue(s) || DEFINITION.test(s)) continue;
    const focus = afterContrast(s);
    if (!REMEDY_START.test(focus.trim())) out.push(finish(focus));
  }
  return false;
}

/**
 * "问题一：…", "问题2：…", "（一）存在问题一：…": a line that labels itself a problem (its cause and
 * measure may follow). An unnumbered "主要问题：" introduces a list instead (PROBLEM_INTRO).
 */
const PROBLEM_ITEM =
  /^\s*(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十\d]{1,2}[、.．])?\s*(?:存在的?)?(?:主要)?问题[一二三四五六七八九十\d]{1,2}[：:]/;
/** Where the labelled problem gives way to its cause or its measure. */
const PART_LABEL = /(原因(?:分析)?|(?:整改|改进)?措施|(?:改进)?建议)[：:]/g;

/**
 * "问题一：系统试运行期间误报率偏高。原因：算法模型训练样本不足。措施：…": the problem and its cause
 * are statements, cue or not (the labels say so); the measure is not.
 */
function labelledProblem(text: string): (string | null)[] {
  const body = text.replace(PROBLEM_ITEM, '');
  const out: (string | null)[] = [];
  let start = 0;
  let label = '';
  for (const m of body.matchAll(PART_LABEL)) {
    if (!label.includes('措施') && !label.includes('建议')) out.push(finish(body.slice(start, m.index)));
    start = (m.index ?? 0) + m[0].length;
    label = m[1] as string;
  }
  if (!label.includes('措施') && !label.includes('建议')) out.push(finish(body.slice(start)));
  return out;
}

/** Whether a text announces a list of problems ("但还存在以下问题："), in a background section too. */
function hasProblemIntro(text: string): boolean {
  return (text.includes('：') || text.includes(':')) && PROBLEM_INTRO.test(text);
}

interface Statements {
  texts: readonly (string | null)[];
  /** cuedStatements only: the text ends with a problem-list intro. */
  endsWithIntro: boolean;
}

/**
 * Boilerplate lines and cells repeat within and across reports: each distinct text is read once.
 * The readers are pure, so a cached answer is the answer. The caches hold arrays, so they are kept
 * smaller than the default; the texts that repeat most fill them first.
 */
const inProblemSection = memoizeText((text): Statements => {
  const texts: (string | null)[] = [];
  problemStatements(text, texts);
  return { texts, endsWithIntro: false };
}, 2000);
const outsideProblemSection = memoizeText((text): Statements => {
  const texts: (string | null)[] = [];
  const endsWithIntro = cuedStatements(text, texts);
  return { texts, endsWithIntro };
}, 2000);

/** A line of cells as the extractor reads it: what depends on the line alone, worked out once. */
interface CellLine {
  cells: readonly string[];
  /** The non-empty cells. */
  filled: readonly string[];
  /** Column of a deviation-reason header ("偏差原因分析及改进措施", "未完成原因和改进措施"), or -1. */
  devHeader: number;
  /**
   * Columns of a "存在问题" and of a "备注" header in a header row of three or more labels, or of
   * "存在问题" beside "整改措施".
   */
  problemHeader: number | null;
  remarkHeader: number | null;
}

function readCellLine(raw: string): CellLine {
  const cells = splitCells(raw);
  const filled = cells.filter((c) => c !== '');
  return {
    cells,
    filled,
    devHeader: cells.findIndex((c) => DEVIATION_HEADER.test(c)),
    problemHeader: laterColumnOf(cells, filled, PROBLEM_COLUMN) ?? problemBesideRemedy(cells, filled),
    remarkHeader: laterColumnOf(cells, filled, REMARK_COLUMN),
  };
}

/** Lines repeat (headers, boilerplate rows), so each distinct line is read once. */
const cellLine = memoizeText(readCellLine, 2000);

/** A line with no tab and no pipe is one cell: its text is cleaned directly, with no split or lookup. */
function isOneCell(raw: string): boolean {
  return !raw.includes('\t') && !raw.includes('|');
}

class Extractor {
  readonly out: ExtractedProblem[] = [];
  private readonly seen = new Set<string>();
  private mode: SectionKind = 'other';
  private level = UNNUMBERED;
  /** The previous non-blank line opened the current section (label → value layout). */
  private justOpened = false;
  /** Column of the deviation-reason header while inside an indicator table. */
  private devColumn: number | null = null;
  /** The deviation column is headed 未完成原因: what it states is why a target was missed. */
  private devUnmet = false;
  /** Column of a "存在问题" header while inside a summary table. */
  private problemColumn: number | null = null;
  /** Column of a "备注" header while inside a table: its cells state a problem only with a cue. */
  private remarkColumn: number | null = null;

  private emit(texts: readonly (string | null)[], line: number): void {
    for (const text of texts) {
      if (text === null) continue;
      const key = `${line}\u0000${text}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.out.push({ text, line });
    }
  }

  /**
   * Inside the indicator header of a one-cell-per-line export (a tab-led cell a line, a blank line
   * after the row): its last label ("偏差原因") is a column, not a section over the rows below.
   */
  private inIndicatorHeader = false;

  line(raw: string, line: number): void {
    if (isOneCell(raw)) {
      const text = cleanText(raw);
      if (text !== '') this.textLine(text, line);
      else this.inIndicatorHeader = false;
      return;
    }
    const cells = cellLine(raw);
    if (cells.filled.length === 0) {
      this.inIndicatorHeader = false;
      return;
    }
    if (cells.filled.length >= 2) return this.tableRow(cells, line);
    const cell = cells.filled[0] ?? '';
    if (INDICATOR_HEADER_CELL.test(cell)) this.inIndicatorHeader = true;
    if (!this.inIndicatorHeader) this.textLine(cell, line);
  }

  /** Text inside a problem section: every item is a problem. */
  private problemText(text: string, line: number): void {
    this.emit(inProblemSection(text).texts, line);
  }

  /** Text outside problem sections; true when it ends with a problem-list intro. */
  private cuedText(text: string, line: number): boolean {
    const { texts, endsWithIntro } = outsideProblemSection(text);
    this.emit(texts, line);
    return endsWithIntro;
  }

  /** The number of the last item of the current problem section ("2" of "2.…"). */
  private lastItem: number | null = null;
  /**
   * The numbered problem section an unnumbered "整改措施" heading interrupts, and its last item: the
   * item numbered next is the section's next problem ("1.…" / "整改措施" / "<measure>" / "2.…").
   */
  private interrupted: { level: number; lastItem: number } | null = null;

  private open(kind: SectionKind, level: number): void {
    const interrupts = kind === 'remedy' && level === UNNUMBERED && this.level !== UNNUMBERED;
    if (!interrupts) this.interrupted = null;
    else if ((this.mode === 'problem' || this.mode === 'mixed') && this.lastItem !== null)
      this.interrupted = { level: this.level, lastItem: this.lastItem };
    this.mode = kind;
    this.level = level;
    this.lastItem = null;
    this.justOpened = true;
  }

  /** Notes a problem section's item number; back in an interrupted section at its next item. */
  private trackItems(text: string, marker: { level: number; rest: string } | null): void {
    const section = this.interrupted;
    if (marker === null) return;
    // A heading at the section's level or above ends it for good.
    if (section !== null && marker.level <= section.level) this.interrupted = null;
    if (marker.level <= (section?.level ?? this.level)) return;
    const number = markerNumber(text.slice(0, text.length - marker.rest.length));
    if (this.mode === 'problem' || this.mode === 'mixed') this.lastItem = number;
    if (this.mode !== 'remedy' || section === null || number !== section.lastItem + 1) return;
    this.mode = 'problem';
    this.level = section.level;
    this.lastItem = number;
    this.interrupted = null;
  }

  private textLine(text: string, line: number): void {
    this.devColumn = null;
    this.problemColumn = null;
    this.remarkColumn = null;
    const heading = headingOf(text);
    if (heading && heading.kind !== 'other') {
      this.open(heading.kind, heading.level);
      return;
    }
    const marker = leadingMarker(text);
    this.trackItems(text, marker);
    if (this.mode === 'problem' && this.closes(text, heading, marker?.level ?? null)) this.mode = 'other';
    // Any other heading ends a background section ("（二）资金投入和使用情况" under "一、项目基本情况").
    if (this.mode === 'background' && (heading !== null || (marker !== null && marker.level <= this.level)))
      this.mode = 'other';
    const opened = this.justOpened;
    this.justOpened = false;
    if (this.mode !== 'remedy' && PROBLEM_ITEM.test(text)) return this.emit(labelledProblem(text), line);
    if (this.mode === 'background' && !hasProblemIntro(text)) return;
    if (this.mode === 'problem') {
      if (REMEDY_START.test(stripMarker(text))) this.mode = 'remedy';
      else return this.problemText(text, line);
    }
    if (this.mode === 'remedy' && MEASURE_START.test(stripMarker(text))) return;
    // Outside problem sections a bare short line (a table cell, a caption) is not a statement.
    if (heading && !opened) return;
    const endsWithIntro = this.cuedText(text, line);
    if (endsWithIntro) this.open('problem', marker?.level ?? UNNUMBERED);
  }

  /** Whether a line ends the current problem section. */
  private closes(text: string, heading: Heading | null, level: number | null): boolean {
    if (level !== null && this.level !== UNNUMBERED && level <= this.level) return true;
    // A chapter heading ("三、其他需要说明的情况") ends even a section its title did not number.
    if (heading !== null && level !== null && level <= 1 && this.level === UNNUMBERED)
      return !this.justOpened && TITLE_END.test(titleOf(stripMarker(text))) && !sentenceHasCue(text, true);
    if (heading === null || level !== null) return false;
    return !this.justOpened && !sentenceHasCue(text, true);
  }

  private tableRow(row: CellLine, line: number): void {
    const { cells, filled, devHeader, problemHeader, remarkHeader } = row;
    this.mode = 'other';
    this.justOpened = false;
    if (devHeader >= 0) {
      this.devColumn = devHeader;
      this.devUnmet = (cells[devHeader] as string).includes('未完成原因');
      return;
    }
    if (/^总分/.test(filled[0] ?? '')) {
      this.devColumn = null;
      return;
    }
    if (this.devColumn !== null) return this.deviationCell(cells, line);
    if (problemHeader !== null || remarkHeader !== null) {
      this.problemColumn = problemHeader;
      this.remarkColumn = remarkHeader;
      return;
    }
    const problemCell = this.problemColumn === null ? '' : (cells[this.problemColumn] ?? '');
    if (problemCell !== '') return this.problemText(problemCell, line);
    // "设备到货延迟，部分资金结转下年" beside a project's figures explains them.
    const remarkCell = this.remarkColumn === null ? '' : (cells[this.remarkColumn] ?? '');
    if (remarkCell !== '') return void this.cuedText(remarkCell, line);
    this.labelledCells(filled, line);
  }

  /** "项目管理中存在的主要问题及原因分析\t<problems>" and "下一步改进措施\t<measures>". */
  private labelledCells(filled: readonly string[], line: number): void {
    for (let k = 0; k < filled.length - 1; k++) {
      if (!SECTION_WORD.test(filled[k] ?? '')) continue;
      const heading = headingOf(filled[k] ?? '');
      if (!heading || heading.kind === 'other' || heading.kind === 'background') continue;
      const value = filled.slice(k + 1).join('；');
      // "存在问题及改进措施 | 问题：…。改进措施：…": what the cell labels a problem is one, cue or not.
      const labelled = heading.kind === 'mixed' ? PROBLEM_LABEL.exec(value) : null;
      if (heading.kind === 'problem') this.problemText(value, line);
      else if (labelled) this.problemText(value.slice(labelled[0].length), line);
      else this.cuedText(value, line);
      return;
    }
  }

  /** The last filled cell of an indicator row, when it sits in the deviation column and explains a shortfall. */
  private deviationCell(cells: readonly string[], line: number): void {
    const devColumn = this.devColumn ?? 0;
    let last = cells.length - 1;
    while (last >= 0 && (cells[last] ?? '') === '') last--;
    const text = cells[last] ?? '';
    if (last < devColumn - 2) return;
    const before = cells.slice(0, last).filter((c) => c !== '');
    const score = Number.parseFloat(before[before.length - 1] ?? '');
    const weight = Number.parseFloat(before[before.length - 2] ?? '');
    // Without scores to tell a missed target, only a cell in the reason column itself is a reason.
    const problem = this.devUnmet
      ? last >= devColumn && isStatedReason(text)
      : isDeviationProblem(
          text,
          Number.isFinite(weight) ? weight : null,
          Number.isFinite(score) ? score : null,
        );
    if (problem) {
      this.problemText(text, line);
    }
  }
}

/** The number a list marker counts ("2." → 2, "（三）" → 3), or null. */
function markerNumber(marker: string): number | null {
  const digits = /\d+/.exec(marker);
  if (digits) return Number(digits[0]);
  const han = /[一二三四五六七八九十]+/.exec(marker);
  return han ? chineseNumber(han[0]) : null;
}

/** A cell's problem part labelled at its start: "问题：", "存在问题：", "主要问题及原因：". */
const PROBLEM_LABEL =
  /^\s*(?:[(（]?[一1][)）、.．]?)?(?:存在的?|主要)?(?:主要)?问题(?:及(?:其)?原因(?:分析)?)?[：:]\s*/;

/** The deviation-reason column's header; the transfer-payment form heads it "未完成原因和改进措施". */
const DEVIATION_HEADER = /偏差原因|未完成原因/;
/** The level and name columns an indicator table's header opens with. */
const INDICATOR_HEADER_CELL = /^(?:一级指标|二级指标|三级指标|指标名称)$/;

/** A column header that holds each row's problems: "存在问题", "存在的主要问题", "问题及不足". */
const PROBLEM_COLUMN = /^(?:存在的?(?:主要)?问题|主要问题|问题(?:和|与|及)?不足)$/;

/** A column header for remarks on each row: "备注", "说明", "情况说明". */
const REMARK_COLUMN = /^(?:备注|说明|情况说明|备注说明)$/;

/**
 * The column of a header row a header names: a later cell of a row of three or more labels (a
 * label first, "存在问题\t<value>", is a labelled value instead).
 */
function laterColumnOf(cells: readonly string[], filled: readonly string[], header: RegExp): number | null {
  if (filled.length < 3) return null;
  const at = cells.findIndex((c) => header.test(c));
  return at > 0 && cells.slice(0, at).some((c) => c !== '') ? at : null;
}

/** A column header for each row's remedy: "整改措施", "改进建议", "下一步改进措施". */
const REMEDY_COLUMN = /^(?:下一步)?(?:整改|改进)(?:措施|建议|方向|意见)$/;

/**
 * The column of a two-column header row without a 序号 ("存在问题\t整改措施"): the problem header
 * first, a remedy header beside it (a label and its value would not be two headers).
 */
function problemBesideRemedy(cells: readonly string[], filled: readonly string[]): number | null {
  if (filled.length !== 2 || !REMEDY_COLUMN.test(filled[1] as string)) return null;
  const at = cells.indexOf(filled[0] as string);
  return PROBLEM_COLUMN.test(filled[0] as string) ? at : null;
}

const NUMERIC_CELL = /^[\d\s.,%％≥≤<>=＞＜~～\-—–+万元分个人次年月日天小时]+$/;

/**
 * Whether an indicator's deviation-reason cell states a problem: not a filler or a number, and
 * either the indicator lost points (score < weight) or the text itself states a problem. Cells of
 * full-score rows often hold unrelated text ("降低全局民警伤亡率") and are not problems.
 */
export function isDeviationProblem(text: string, weight: number | null, score: number | null): boolean {
  if (!isStatedReason(text)) return false;
  const lostPoints = weight !== null && score !== null && score < weight;
  return lostPoints || sentenceHasCue(text, true);
}

/** A cell that states something (not a number, a placeholder or "无"). */
function isStatedReason(text: string): boolean {
  return !NUMERIC_CELL.test(text.trim()) && !isFillerStatement(text) && hasCjk(text);
}

/** The problem statements of a deviation-reason cell: its cause, without label or measure. */
export function deviationStatements(text: string): string[] {
  return inProblemSection(text).texts.filter((t): t is string => t !== null);
}

/** A line broken mid-sentence: it ends with a comma, or is long prose cut without punctuation. */
const BROKEN_AFTER_COMMA = /[，、,]$/;
const BROKEN_AFTER_WORD = /[\p{Script=Han}\p{L}\d）)”"]$/u;
const WRAPPED_MIN = 30;
const COMMA_MIN = 8;
/** A line that starts a new unit: a table row, a label ("评价年度：…"), a bullet. */
const NEW_UNIT_START = /^(?:[^，。；：:]{1,12}[：:]|[\s#\-+>•·●○■□◆◇▪▶►*])/;
const SENTENCE_END_AT = /[。！？!?；;]/;

function endsBroken(text: string): boolean {
  if (text.includes('\t') || text.includes('|')) return false;
  const t = text.trim();
  return (
    (t.length >= COMMA_MIN && BROKEN_AFTER_COMMA.test(t)) ||
    (t.length >= WRAPPED_MIN && BROKEN_AFTER_WORD.test(t))
  );
}

/** A short rest of a sentence ("完成支出。"): it ends the sentence, so it is no heading. */
const SENTENCE_REST_END = /[。；;]$/;

function continues(text: string): boolean {
  const t = text.trim();
  if (t === '' || text.includes('\t') || text.includes('|') || NEW_UNIT_START.test(text)) return false;
  if (leadingMarker(t) !== null) return false;
  const heading = headingOf(t);
  return heading === null || (heading.kind === 'other' && SENTENCE_REST_END.test(t));
}

/**
 * Lines with a sentence broken across a line break re-joined: the rest of the sentence moves up to
 * the line it starts on (so the statement cites that line); whole sentences stay on their lines.
 */
export function joinBrokenLines(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    for (let j = i + 1; j < out.length && endsBroken(out[i] ?? '') && continues(out[j] ?? ''); j++) {
      const next = (out[j] ?? '').trim();
      const end = SENTENCE_END_AT.exec(next);
      const cut = end ? end.index + 1 : next.length;
      out[i] = (out[i] ?? '').trimEnd() + next.slice(0, cut);
      out[j] = next.slice(cut).trim();
      if (end) break;
    }
  }
  return out;
}

/** Problem statements of one document; lines[0] is line 1. Deterministic, in line order. */
export function extractProblems(lines: readonly string[]): ExtractedProblem[] {
  const extractor = new Extractor();
  joinBrokenLines(lines).forEach((raw, i) => extractor.line(raw, i + 1));
  return extractor.out;
}
