/**
 * Which script a text is written in, from its most frequent hanzi. Pure, no dependencies (decode.ts
 * and document.ts ask it for every legacy-encoded or parsed file, so it must stay cheap).
 *
 *  - commonHanziShare: how much of a decoded text is the everyday vocabulary of budget reports
 *    (simplified or traditional): text decoded with the right legacy encoding scores high, the same
 *    bytes decoded with the wrong one are rare characters and score low (GBK against Big5).
 *  - looksTraditional: whether a text is written in traditional characters (a Big5 export, a
 *    mainland report converted, a UTF-8 file typed in traditional), so that it must be converted to
 *    simplified before the extractors, which match simplified keywords, read it.
 *
 * The tables are the 400 most frequent hanzi of the seed and layout reports (simplified, about 93 %
 * of their hanzi), with their traditional forms (OpenCC), and the common CJK punctuation.
 */

/** The 400 most frequent hanzi of the reports in simplified form, then the traditional forms of those that differ. */
const COMMON =
  '标年目指项分效度算安预公出评行元绩万支局自全执数的实部资金况成一情级率完管值务设得位门用二工施县及为' +
  '理满意费总政经中三量进警人际等时单益作法合案对在市监建运区优本个体开社改财所报主会初保维结控备办不提' +
  '整通发和收要产制价问高题服使名定关计业大事偏化表无下展障入基称月件其平是查告存加员点因置款专购程质措' +
  '差到原额治机析毒民传升有期信护拨决新上方动能现象系日宣四验共规队群于派装我据众过组防按常果各强后了统' +
  '交网禁内性调相可起付间台场同格续持造力前明类达城息小看立论站综核车辆室府频重织视次线更范处证训修未守' +
  '求转生响检该与采路编正以增心技接步租序刑号构降电水影犯故招够较照说面准图济打良好赁科境确比估考职反侦' +
  '投长他罪破地稳智盖导术复排审辖集清汇诈责房像流五活均应记划第督取概天严申违料细配将需挥勤占依任国录足' +
  '教覆察口助培根具限州议宁击并善秀络式阳武附态底补般当医别慧容育学已由低仪特待物疗移做延河练包承充巡注' +
  '標項預評績萬執數實資況級務設門縣為滿費總經進際時單對監運區優個體開財報會維結備辦發產價問題關計業無稱' +
  '員點專購質額機傳護撥決動現驗規隊於裝據眾過組強後統網內調間臺場續類達論綜車輛頻織視線範處證訓轉響檢該' +
  '與採編號構電夠較說準圖濟賃確職偵長穩蓋導術復審轄匯詐責應記劃嚴違細將揮佔國錄議寧擊並絡陽態補當醫別學' +
  '儀療練' +
  '，。、：；（）“”《》％';

/** Traditional forms of frequent hanzi whose simplified form differs (項, 預, 績, 執 …). */
const TRADITIONAL_ONLY =
  '標項預評績萬執數實資況級務設門縣為滿費總經進際時單對監運區優個體開財報會維結備辦發產價問題關計業無稱' +
  '員點專購質額機傳護撥決動現驗規隊於裝據眾過組強後統網內調間臺場續類達論綜車輛頻織視線範處證訓轉響檢該' +
  '與採編號構電夠較說準圖濟賃確職偵長穩蓋導術復審轄匯詐責應記劃嚴違細將揮佔國錄議寧擊並絡陽態補當醫別學' +
  '儀療練';

/**
 * The simplified forms of those (项, 预, 绩, 执 …), less the ones that are also standard
 * traditional characters (台, 于, 并, 后, 采, 准, 范 …), which a traditional text uses too.
 */
const SIMPLIFIED_ONLY =
  '标项预评绩万执数实资况级务设门县为满费总经进际时单对监运区优个体开财报会维结备办发产价问题关计业无称' +
  '员点专购质额机传护拨决动现验规队装众过组强统网内调间场续类达论综车辆频织视线处证训转响检该与编号构电' +
  '较说图济赁确职侦长稳盖导术复审辖汇诈责应记严违细将挥国录议宁击络阳态补当医别学仪疗练';

const IS_COMMON = 1;
const IS_TRADITIONAL = 2;
const IS_SIMPLIFIED = 4;

let table: Uint8Array | undefined;

/** One flag byte per BMP code point, built on first use. */
function flags(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000);
  const mark = (chars: string, flag: number) => {
    for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)]! |= flag;
  };
  mark(COMMON, IS_COMMON);
  mark(TRADITIONAL_ONLY, IS_TRADITIONAL);
  mark(SIMPLIFIED_ONLY, IS_SIMPLIFIED);
  return (table = t);
}

/**
 * The share of a text's non-ASCII, non-space characters that are frequent report hanzi or CJK
 * punctuation: about 0.7 for a report decoded with its own encoding, under 0.1 for the same bytes
 * decoded with another double-byte encoding. 0 for a text with no such character.
 */
export function commonHanziShare(text: string): number {
  const t = flags();
  let wide = 0;
  let common = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || code === 0x3000) continue;
    wide++;
    if ((t[code]! & IS_COMMON) !== 0) common++;
  }
  return wide === 0 ? 0 : common / wide;
}

/** Characters looked at by looksTraditional: a report's first pages say which script it uses. */
const SCRIPT_SAMPLE = 8192;

/**
 * Whether a text is written in traditional characters: among the frequent hanzi that differ between
 * the scripts, it uses the traditional forms (項目, 預算, 績效) at least twice and more than twice as
 * often as the simplified ones. A simplified report quoting a traditional name stays simplified.
 */
export function looksTraditional(text: string): boolean {
  const t = flags();
  let traditional = 0;
  let simplified = 0;
  const n = Math.min(text.length, SCRIPT_SAMPLE);
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x4e00) continue;
    const f = t[code]!;
    if ((f & IS_TRADITIONAL) !== 0) traditional++;
    else if ((f & IS_SIMPLIFIED) !== 0) simplified++;
  }
  return traditional >= 2 && traditional > 2 * simplified;
}
