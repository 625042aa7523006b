import { memoizeText } from '../memo.ts';
import { splitClauses } from './text.ts';

/**
 * Cue phrases that mark a problem statement, remedy sentences, contrast words and intros
 * ("存在以下问题："). Kept as data-like regexes in one place so extraction rules read plainly.
 */

/**
 * Strong cues say on their own that something is lacking, late, wrong or needs improving.
 * Weak cues ("无法", "不能", "紧张", "存在…问题") also occur in neutral descriptions
 * ("在经费无法涵盖的领域", "分析存在的问题"), so outside problem sections they count only after
 * a contrast or a 仍/还/尚 ("但…无法", "仍难以"). Both lists are space-separated regex alternatives.
 */
const STRONG_CUE = alternation(
  '不足 不到位 不及时 不够 不完善 不健全 不规范 不科学 不合理 不明确 不精准 不准确 不精确 不充分 不严格 不细致 不细化 不稳定 不匹配 不一致 不符合 不全面 不清晰 ' +
    '不具体 不高(?!效) 不强 不均衡 不平衡 不清(?!理|洁|退|零|仓|欠) 达不到 跟不上 不客观 不可量化 未能 未及时 未按 未全部 未完全 未完成 未达到?(?:预期|目标|要求|标准|计划) 未办理 未落实 未实现 未建立 ' +
    '未开展 未形成 未有效 未充分 未严格 未细化 未纳入 没有(?:按时|及时|做到|达到|完成|落实|得到|形成|建立|充分|严格) 尚未 尚不 尚存在 仍存在 还存在 依然存在 ' +
    '仍有(?:部分|个别|少数) 存在(?:一定|较大|一些|部分|明显)?的?(?:差距|偏差|短板|风险|隐患|漏洞|不足) 滞后 缓慢 进度(?:较|偏)?慢 偏慢 较慢 缺乏 匮乏 ' +
    '欠缺 短缺 缺口 薄弱 短板 隐患 盲点 死角 漏洞 难点 难题 延迟 延期 延误 (?<!通)过高 (?<!通)过低 偏高 偏低 流动(?:性)?(?:较|过|很)?大 有待 待加强 待提高 待完善 ' +
    '待改进 待提升 待优化 仍需 还需 尚需 需进一步 亟需 亟待 需要(?:调整|加强|改进|提高|完善|进一步|优化) 失衡 脱节 流于形式 重(?:投入|分配|申报|支出)轻 挤占 ' +
    '挪用 超支 超范围 超标准 浪费 执行率(?:较|偏)?低 粗放 随意 模糊 笼统 难以量化 偏离',
);
const WEAK_CUE = alternation(
  '无法 不能 难以 紧张 困难 较低 结转 故障 损坏 老化 闲置 偏差 差距 存在[^，。；]{1,16}问题',
);
/** What lets a weak cue count: a contrast or a 仍/还/尚 before it. */
const WEAK_SUPPORT = /但|然而|不过|仍|还|尚|依然|依旧/;

function alternation(spaceSeparated: string): RegExp {
  return new RegExp(spaceSeparated.trim().split(/\s+/).join('|'));
}

/**
 * Words before a cue that deny it: "无偏差", "未出现…问题", "不存在…挪用", "零偏差". Not the 无 of
 * a noun ("无人机操作人员培训不足", "无线通信", "无纸化办案").
 */
const NEGATED_BEFORE =
  /(?:无(?!人机|人值守|人驾驶|线|纸化|害化|障碍)|没有|不存在|未出现|未发现|未发生|杜绝|零)[^，。；]{0,8}$/;

/** Clauses that report a problem as solved or avoided are not problems. */
const SOLVED = /解决了?|避免|防止|杜绝|克服|弥补|缓解|消除|化解|确保|保证|保障了|弥合|补齐|改正|整改/;

export type CueStrength = 'strong' | 'weak';

/**
 * "超支部分由单位自有资金弥补", "超支资金已由上级追加解决": how an overrun was funded, not a problem
 * (the overrun itself is a flag the figures raise).
 */
const FUNDED_AFTER =
  /^(?:的)?(?:部分|资金|金额|款项)?[^，,。；;]{0,10}由[^，,。；;]{1,20}(?:弥补|补足|承担|解决|支付|列支)/;

function liveMatch(clause: string, re: RegExp): RegExpExecArray | null {
  const m = re.exec(clause);
  if (!m) return null;
  const before = clause.slice(0, m.index);
  if (SOLVED.test(before) || NEGATED_BEFORE.test(before)) return null;
  // The clause may go on to state a problem of its own ("…弥补，未及时调整预算" is split apart).
  if (m[0] === '超支' && FUNDED_AFTER.test(clause.slice(m.index + 2))) return null;
  return m;
}

/** The strength of the problem cue in a clause, or null when it states none. */
export function clauseCue(clause: string): CueStrength | null {
  if (liveMatch(clause, STRONG_CUE)) return 'strong';
  return liveMatch(clause, WEAK_CUE) ? 'weak' : null;
}

/** Index of the first problem cue (strong or weak) in text, or -1. */
export function cueIndex(text: string): number {
  const at = [STRONG_CUE.exec(text)?.index, WEAK_CUE.exec(text)?.index].filter(
    (i): i is number => i !== undefined,
  );
  return at.length > 0 ? Math.min(...at) : -1;
}

const strictCue = memoizeText((sentence) => hasCue(sentence, false));
const lenientCue = memoizeText((sentence) => hasCue(sentence, true));

/** True when a sentence states a problem: a strong cue, or a weak one after a contrast or 仍/还/尚. */
export function sentenceHasCue(sentence: string, allowWeak = false): boolean {
  return allowWeak ? lenientCue(sentence) : strictCue(sentence);
}

function hasCue(sentence: string, allowWeak: boolean): boolean {
  let seenSupport = false;
  for (const clause of splitClauses(sentence)) {
    const cue = clauseCue(clause);
    if (cue === 'strong') return true;
    if (cue === 'weak') {
      const m = WEAK_CUE.exec(clause);
      if (allowWeak || seenSupport || WEAK_SUPPORT.test(clause.slice(0, m?.index ?? 0))) return true;
    }
    if (WEAK_SUPPORT.test(clause)) seenSupport = true;
  }
  return false;
}

/** Definitions ("结转：指…", "是指") explain terms; they never state a problem. */
export const DEFINITION = /^[^，。；]{1,24}[：:]\s*指|是指/;

/** A clause or sentence that proposes a remedy or a plan rather than stating a problem. */
export const REMEDY_START =
  /^(?:下一步|下步|今后|在今后|建议|针对(?:以上|上述|此|这些|存在的)?|为此|对此|因此[，,]?我|我(?:局|单位|们|部门|队|大队|所)(?:将|要|会|拟|下一步)|将(?:进一步|继续|加强|不断)|拟|整改措施|改进措施|改进建议|相关建议)/;

/**
 * How a measure opens ("（二）加快预算执行进度。对执行进度偏慢的项目实行月度通报"): inside a
 * measures section such an item restates the problem it answers, it does not report one.
 */
export const MEASURE_START =
  /^(?:加强|加快|加大|提高|提升|强化|完善|健全|建立|规范|严格|优化|推进|推动|落实|做好|抓好|压实|深化|督促|切实|持续|进一步|全面|注重|坚持|实行|严把|着力|狠抓|扎实|修订|制定|定期)/;

/** Remedy markers anywhere in a text: where a problem list gives way to measures. */
export const REMEDY_INLINE =
  /(?:下一步|下步)[，,：:]?|(?<![^\s；;。，,])措施[：:]|针对(?:以上|上述)(?:问题|不足)|(?:整改|改进)(?:措施|建议)[：:]|(?:相关|改进)?建议[：:]|今后(?:的工作中)?[，,]?(?:我|将)/;

/** Contrast words after which the problem part of a sentence begins. */
const CONTRAST = /(?:但是|但|然而|不过|可是|只是)[，,]?/g;

/** Drops the positive lead-in before the last contrast word that precedes the first cue. */
export function afterContrast(sentence: string): string {
  const cue = cueIndex(sentence);
  if (cue < 0) return sentence;
  let cut = -1;
  for (const m of sentence.matchAll(CONTRAST)) {
    const at = m.index ?? 0;
    if (at >= cue) break;
    cut = at + m[0].length;
  }
  return cut >= 0 ? sentence.slice(cut) : sentence;
}

/**
 * An intro that announces a list of problems: "但还存在一些问题：", "发现的主要问题：",
 * "存在以下几点问题：", "但仍存在着以下困难和问题：", a sentence opening "主要问题：", a deviation
 * analysis ("偏差分析：预算执行率未达到100%，主要原因是…"). Group 0 ends at the colon.
 */
export const PROBLEM_INTRO =
  /(?:存在|发现|有|遇到)(?:着|了)?(?:的)?(?:以下|如下|这些|一些|几点|几个|[一二三四五六七八九十两]+(?:点|个|方面))*(?:的)?(?:主要)?(?:困难(?:和|与|及))?(?:问题|不足|困难)(?:及(?:原因|其原因)(?:分析)?)?(?:如下)?[：:]|(?:^|(?<=[。；;]))(?:存在的)?主要问题(?:及(?:其)?原因(?:分析)?)?(?:是|有|为)?[：:]|(?:偏差|差异)(?:原因)?(?:分析|说明)[：:]|偏差原因[：:]/;

/** Section keywords: what a heading or a table label announces. */
const PROBLEM_SECTION = /问题|不足|困难|偏差原因|差距/;
const REMEDY_SECTION = /措施|建议|下一步|整改|改进|做法|经验|应用/;
/** A word of a problem or remedy section's title: a text without one opens neither. */
export const SECTION_WORD = new RegExp(`${PROBLEM_SECTION.source}|${REMEDY_SECTION.source}`);
/** Headings that mention 问题 only to say there is nothing else to report. */
const NOT_PROBLEM_SECTION = /其他需要说明|需说明的|说明的(?:问题|事项)|名词解释|问题线索/;

/**
 * What a project or department is and why it was set up (项目概况, 基本情况, 立项依据, 主要职能): the
 * shortcomings it states ("设备老化，识别率偏低") are the needs the spending answers, not problems
 * of the spending.
 */
const BACKGROUND_SECTION =
  /^(?:项目|部门|单位)?(?:基本)?(?:概况|基本情况)$|^(?:项目|立项)(?:背景|简介)$|立项(?:依据|背景)|^主要职能$/;

export type SectionKind = 'problem' | 'mixed' | 'remedy' | 'background' | 'other';

/** Classifies a heading or table label. */
export function sectionKind(title: string): SectionKind {
  if (NOT_PROBLEM_SECTION.test(title)) return 'other';
  const problem = PROBLEM_SECTION.test(title);
  const remedy = REMEDY_SECTION.test(title);
  if (problem && remedy) return 'mixed';
  if (problem) return 'problem';
  if (remedy) return 'remedy';
  return BACKGROUND_SECTION.test(title) ? 'background' : 'other';
}

/** Clauses that begin a consequence of the previous sentence rather than a new problem. */
export const CONSEQUENCE_START = /^(?:导致|从而|致使|造成|进而|以致|使得|因此|所以|影响)/;
