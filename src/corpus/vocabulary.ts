/**
 * Words of the synthetic reports: project names (pairwise dissimilar, so no two projects of one
 * report read as the same project), indicator templates, problems and boilerplate prose.
 */

export const PROJECT_NAMES: readonly string[] = [
  '公安检查站智能查控系统建设项目',
  '“雪亮工程”视频监控运维经费',
  '执法办案中心规范化建设项目',
  '禁毒宣传教育专项经费',
  '警用装备购置项目',
  '看守所安全技术防范系统租金',
  '天网工程技术服务项目',
  '四级网光纤租赁',
  '派出所业务用房维修改造工程',
  '反电信网络诈骗专项经费',
  '刑事侦查勘查设备购置',
  '交通管理设施维护经费',
  '户籍档案数字化建设项目',
  '出入境证件制作设备更新',
  '公安信息网等级保护测评',
  '警犬训练基地运行经费',
  '特警训练场地建设项目',
  '扫黑除恶专项斗争经费',
  '社区警务室标准化建设',
  '智慧平安社区建设项目',
  '警务辅助人员经费',
  '重大活动安保执勤经费',
  '网络舆情监测平台租赁',
  'DNA实验室耗材采购',
  '电子数据取证设备更新',
  '治安卡口运维服务费',
  '拘留所被拘留人员伙食补助',
  '执法记录仪购置项目',
  '警用无人机采购项目',
  '法制教育培训专项经费',
  '经济犯罪侦查专项经费',
  '民警体检及心理健康服务',
  '应急通信保障车辆购置',
  '指挥中心大屏系统升级',
  '业务技术用房物业费',
  '校园周边安全防护工程',
  '边境管控设施维护',
  '110接处警系统升级改造',
  '农村治安巡防队补助经费',
  '交通违法抓拍设备租赁',
  '涉案财物管理中心建设',
  '警务云平台扩容项目',
  '民警被装购置经费',
  '政法转移支付办案经费',
];

export const SUB_UNITS: readonly string[] = [
  '科技信息化大队',
  '指挥中心',
  '刑事侦查大队',
  '治安管理大队',
  '警务保障室',
  '交通警察大队',
  '禁毒大队',
  '法制大队',
  '看守所',
  '出入境管理大队',
];

export interface IndicatorTemplate {
  level1: '产出指标' | '效益指标' | '满意度指标';
  level2: string;
  name: string;
  /** Target and actual texts; {n} is replaced by a number, {y} by the report year. */
  target: string;
  actual: string;
}

export const INDICATORS: readonly IndicatorTemplate[] = [
  { level1: '产出指标', level2: '数量指标', name: '新建监控点位数量', target: '≥{n}个', actual: '{n}个' },
  { level1: '产出指标', level2: '数量指标', name: '采购设备数量', target: '{n}台', actual: '{n}台' },
  { level1: '产出指标', level2: '数量指标', name: '开展培训场次', target: '≥{n}场', actual: '{n}场' },
  { level1: '产出指标', level2: '数量指标', name: '覆盖派出所数量', target: '{n}个', actual: '{n}个' },
  { level1: '产出指标', level2: '数量指标', name: '业务用房改造面积', target: '{n}平米', actual: '{n}平米' },
  { level1: '产出指标', level2: '质量指标', name: '设备验收合格率', target: '100%', actual: '100%' },
  { level1: '产出指标', level2: '质量指标', name: '系统运行正常率', target: '≥95%', actual: '98%' },
  { level1: '产出指标', level2: '质量指标', name: '案件办理规范率', target: '≥90%', actual: '96%' },
  {
    level1: '产出指标',
    level2: '时效指标',
    name: '项目完成时间',
    target: '{y}年12月底前',
    actual: '{y}年11月',
  },
  { level1: '产出指标', level2: '时效指标', name: '资金支付及时率', target: '100%', actual: '100%' },
  {
    level1: '产出指标',
    level2: '成本指标',
    name: '项目总成本',
    target: '控制在批复范围内',
    actual: '未超出批复',
  },
  {
    level1: '效益指标',
    level2: '社会效益指标',
    name: '刑事案件发案率同比下降',
    target: '≥5%',
    actual: '6.2%',
  },
  { level1: '效益指标', level2: '社会效益指标', name: '群众安全感', target: '≥90%', actual: '94%' },
  {
    level1: '效益指标',
    level2: '经济效益指标',
    name: '挽回群众经济损失',
    target: '≥{n}万元',
    actual: '{n}万元',
  },
  { level1: '效益指标', level2: '可持续影响指标', name: '系统稳定运行年限', target: '≥5年', actual: '5年' },
  {
    level1: '效益指标',
    level2: '生态效益指标',
    name: '环境资源类案件查处',
    target: '有效遏制',
    actual: '有效遏制',
  },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', target: '≥90%', actual: '93.5%' },
  {
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    name: '办案部门满意度',
    target: '≥85%',
    actual: '92%',
  },
];

export const DEVIATION_REASONS: readonly string[] = [
  '设备供货延迟致联调推迟，今后提前启动采购',
  '部分前端设备故障率偏高，需完善运维机制',
  '个别群众反映办事等待时间较长',
  '工程未办理结算评审',
  '受天气影响施工进度滞后',
];

export const PROBLEMS: readonly string[] = [
  '从事预算绩效管理的专业人员缺乏',
  '未及时进行项目绩效跟踪和绩效评价',
  '绩效目标设置不够细化量化，部分指标难以考核',
  '项目资金支出进度偏慢，年底集中支付',
  '前端设备运维机制不健全，部分设备故障率偏高',
  '政府采购流程较长，影响项目实施进度',
  '部分项目前期论证不充分，预算编制不够精准',
];

export const MEASURES: readonly string[] = [
  '加强学习交流，培养专业的预算绩效管理人员',
  '强化预算绩效意识，建立健全绩效管理体系',
  '提前开展采购需求论证，合理安排建设进度',
  '建立资金支出进度通报制度，按月跟踪',
  '建立前端设备日常巡检和运维考核制度',
];

export const GOALS: readonly string[] = [
  '完成项目建设任务，提升公安机关打击犯罪和治安防控能力',
  '保障系统稳定运行，实现全天候监控覆盖',
  '按期完成采购与安装调试，投入实战应用',
  '规范执法办案流程，提升执法规范化水平',
];

/** Paragraphs that fill a report without stating any figure (no amounts, no scores). */
export const FILLER: readonly string[] = [
  '根据绩效评价办法，查看了有关项目立项、实施、验收等资料，了解项目组织实施和资金使用管理等整体情况。',
  '对照绩效目标申报表各项绩效指标，通过开座谈会、走访群众等方法，对项目完成情况进行客观公正的评价。',
  '收集了各警种、各部门的业务数据报表，查阅了相关财务凭证和账簿，获取资金拨付和使用情况的详细数据。',
  '坚持统筹规划、分步实施，项目建设与实战应用同步推进，各项工作按计划有序开展。',
];

/** Sentences of analysis paragraphs (no amounts, no scores, no project counts). */
export const ANALYSIS: readonly string[] = [
  '项目立项程序规范，绩效目标与部门职责和年度工作任务相匹配。',
  '项目实施过程中严格执行政府采购和合同管理制度，资金拨付手续完备。',
  '通过项目实施，视频监控覆盖范围进一步扩大，重点区域实现全天候监控。',
  '各类刑事、治安警情得到有效控制，群众安全感和满意度稳步提升。',
  '建设内容按照批复方案完成，设备安装调试后已投入实战应用。',
  '财务部门按月跟踪资金支付进度，及时督促业务部门加快执行。',
  '项目验收组织规范，验收资料齐全，档案管理符合要求。',
  '部分设备到货时间晚于合同约定，导致联调工作有所推迟。',
  '系统运行稳定，故障响应时间控制在合同约定范围以内。',
  '结合实战需求对系统功能进行了优化完善，数据共享能力明显增强。',
  '年度内开展业务培训多次，民警实际操作能力进一步提高。',
  '项目实施对打击违法犯罪、维护社会稳定发挥了积极作用。',
  '绩效监控发现的问题已及时整改，整改情况纳入年终考核。',
  '运维单位落实日常巡检制度，设备完好率保持在较高水平。',
  '下一步将继续加强项目全过程管理，提高财政资金使用效益。',
  '严格落实廉政风险防控措施，未发现违规使用资金情况。',
];

export const ANALYSIS_HEADS: readonly string[] = [
  '自评结果分析',
  '产出情况分析',
  '效益情况分析',
  '满意度情况分析',
];
