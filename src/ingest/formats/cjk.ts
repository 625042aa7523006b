/**
 * PDF text layers often map a hanzi to a radical code point that shares its glyph in the font
 * (目 → ⽬ U+2F6C, 青 → ⻘ U+2ED8, 门 → ⻔ U+2ED4): the text looks right but no search or
 * label match finds it. Fold them back:
 *   Kangxi Radicals (U+2F00–2FDF) and CJK Compatibility Ideographs (U+F900–FAFF): NFKC, applied
 *     to those characters only (NFKC on the whole text would turn full-width "（：）" into ASCII);
 *   CJK Radicals Supplement (U+2E80–2EFF): no NFKC mapping exists, so only radicals whose Unicode
 *     name is a standalone character (C-SIMPLIFIED GATE → 门) are mapped; the rest stay.
 */

const SUPPLEMENT: Readonly<Record<string, string>> = {
  '\u2E9F': '母', // MOTHER
  '\u2EA0': '民', // CIVILIAN
  '\u2EC1': '虎', // TIGER
  '\u2EC4': '西', // WEST TWO
  '\u2EC5': '见', // C-SIMPLIFIED SEE
  '\u2EC6': '角', // SIMPLIFIED HORN
  '\u2EC8': '讠', // C-SIMPLIFIED SPEECH
  '\u2EC9': '贝', // C-SIMPLIFIED SHELL
  '\u2ECB': '车', // C-SIMPLIFIED CART
  '\u2ED0': '钅', // C-SIMPLIFIED GOLD
  '\u2ED1': '長', // LONG ONE
  '\u2ED3': '长', // C-SIMPLIFIED LONG
  '\u2ED4': '门', // C-SIMPLIFIED GATE
  '\u2ED7': '雨', // RAIN
  '\u2ED8': '青', // BLUE
  '\u2ED9': '韦', // C-SIMPLIFIED TANNED LEATHER
  '\u2EDA': '页', // C-SIMPLIFIED LEAF
  '\u2EDB': '风', // C-SIMPLIFIED WIND
  '\u2EDC': '飞', // C-SIMPLIFIED FLY
  '\u2EDD': '食', // EAT ONE
  '\u2EE0': '饣', // C-SIMPLIFIED EAT
  '\u2EE2': '马', // C-SIMPLIFIED HORSE
  '\u2EE3': '骨', // BONE
  '\u2EE4': '鬼', // GHOST
  '\u2EE5': '鱼', // C-SIMPLIFIED FISH
  '\u2EE6': '鸟', // C-SIMPLIFIED BIRD
  '\u2EE7': '卤', // C-SIMPLIFIED SALT
  '\u2EE8': '麦', // SIMPLIFIED WHEAT
  '\u2EE9': '黄', // SIMPLIFIED YELLOW
  '\u2EEA': '黾', // C-SIMPLIFIED FROG
  '\u2EEC': '齐', // C-SIMPLIFIED EVEN
  '\u2EEE': '齿', // C-SIMPLIFIED TOOTH
  '\u2EF0': '龙', // C-SIMPLIFIED DRAGON
  '\u2EF3': '龟', // C-SIMPLIFIED TURTLE
};

/**
 * Kangxi radicals whose NFKC target is a traditional form while simplified-Chinese fonts share
 * the glyph with the simplified character (户's SC glyph is the radical ⼾, NFKC gives 戶).
 */
const KANGXI_SIMPLIFIED: Readonly<Record<string, string>> = {
  '\u2F3E': '户', // KANGXI RADICAL DOOR
};

export function foldCjkRadicals(text: string): string {
  return text.replace(
    /[\u2E80-\u2EFF\u2F00-\u2FDF\uF900-\uFAFF]/g,
    (ch) => SUPPLEMENT[ch] ?? KANGXI_SIMPLIFIED[ch] ?? (ch >= '\u2F00' ? ch.normalize('NFKC') : ch),
  );
}
