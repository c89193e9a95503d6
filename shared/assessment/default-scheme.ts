import type { AssessmentItem, AssessmentScheme, AwardRules, MemberPointsItem } from './scheme-types';

/**
 * The scheme a central office starts from, modelled on the 党建工作目标责任制考核细则 that
 * public hospitals publish: 100 points a year, a third to a quarter of them on 三会一课,
 * the rest on study, dues, development, the ledger, 党建+业务 and a 品牌 activity, with
 * 书记述职评议 once a year, deductions for complaints and one 一票否决 item.
 *
 * No national document fixes these numbers (domain-rules.md, "Talks, appraisal,
 * assessment"); what each item checks is required by the regulation named in its `source`,
 * the weight is this app's default and the 院党委 sets its own in 数据交换 → 考核方案.
 * 《关于加强公立医院党的建设工作的意见》(中办发〔2018〕35号) asks hospital Party committees
 * for a 党建工作责任制 with 述职评议考核; that is why the scheme exists at all.
 *
 * Quarterly items sum to 70 (the quarter's sheet, which ranks for the 流动红旗); yearly
 * items add 30 for the year's 100, which sets the 星级. Of the 30, 党员管理 (谈心谈话覆盖率, 5)
 * came last: 组织设置与班子建设 gave 2 (5 → 3) and 特色品牌活动 3 (5 → 2), the two items
 * hospital 细则 weigh least and score by impression, so that an item the records decide
 * does not come at the cost of 述职评议 (10) or the quarter's 70.
 */
const SANHUI = '中国共产党支部工作条例（试行）第十一至十三条；本院默认权重';
const STUDY = '中国共产党党员教育管理工作条例第二十条（每年不少于 32 学时）；本院默认权重';
const DUES = '关于中国共产党党费收缴、使用和管理的规定（中组发〔2008〕3号）；季度末月 20 日前上缴为本院规则集的规定';
const DEVELOPMENT = '中国共产党发展党员工作细则（2014）各环节期限；本院默认权重';
const HOSPITAL = '关于加强公立医院党的建设工作的意见（中办发〔2018〕35号）：党建与业务深度融合；本院默认权重';
const PRACTICE = '医院党建工作考核通行做法；本院默认权重';

const items: AssessmentItem[] = [
  {
    id: 'meetings-on-time',
    areaId: 'sanhui',
    title: '“三会一课”按期召开',
    criteria: '支部党员大会每季度、支委会每月、党小组会每月、党课每季度按期召开；补开不计为按期。按期率 60% 及以下不得分，100% 得满分，之间按比例。',
    maxPoints: 15,
    period: 'quarter',
    scoring: { kind: 'automatic', figure: 'meetingsOnTime', rule: { kind: 'linear', zeroAtPercent: 60, fullAtPercent: 100 }, whenNoData: 'zero' },
    source: SANHUI,
  },
  {
    id: 'attendance',
    areaId: 'sanhui',
    title: '组织生活出席率',
    criteria: '本期各次会议实到人数占应到人数的比例：95% 以上 10 分，90% 以上 8 分，80% 以上 6 分，70% 以上 3 分。',
    maxPoints: 10,
    period: 'quarter',
    scoring: {
      kind: 'automatic',
      figure: 'attendanceRate',
      rule: { kind: 'steps', steps: [{ atLeastPercent: 95, points: 10 }, { atLeastPercent: 90, points: 8 }, { atLeastPercent: 80, points: 6 }, { atLeastPercent: 70, points: 3 }] },
      whenNoData: 'zero',
    },
    source: PRACTICE,
  },
  {
    id: 'study-pace',
    areaId: 'study',
    title: '党员学时进度',
    criteria: '期末学时达到全年目标应有进度（或已达标）的党员比例：50% 及以下不得分，100% 得满分，之间按比例。',
    maxPoints: 10,
    period: 'quarter',
    scoring: { kind: 'automatic', figure: 'studyPace', rule: { kind: 'linear', zeroAtPercent: 50, fullAtPercent: 100 }, whenNoData: 'zero' },
    source: STUDY,
  },
  {
    id: 'dues-on-time',
    areaId: 'dues',
    title: '党费按期上缴',
    criteria: '季度党费于季度末月 20 日前上缴得满分，逾期或未缴不得分。',
    maxPoints: 10,
    period: 'quarter',
    scoring: { kind: 'automatic', figure: 'duesRemittedOnTime', rule: { kind: 'steps', steps: [{ atLeastPercent: 100, points: 10 }] }, whenNoData: 'full' },
    source: DUES,
  },
  {
    id: 'development-on-time',
    areaId: 'development',
    title: '发展党员按期规范',
    criteria: '本期到期的发展环节（谈话、支部大会讨论接收、上级审批、讨论转正）按期完成的比例，全部按期得满分；本期无到期环节不扣分。',
    maxPoints: 5,
    period: 'quarter',
    scoring: { kind: 'automatic', figure: 'developmentOnTime', rule: { kind: 'linear', zeroAtPercent: 0, fullAtPercent: 100 }, whenNoData: 'full' },
    source: DEVELOPMENT,
  },
  {
    id: 'records-approved',
    areaId: 'ledger',
    title: '会议记录规范（审阅通过）',
    criteria: '本期会议记录经院党委组织科审阅“通过”的比例：50% 及以下不得分，100% 得满分；未审阅的不计入。',
    maxPoints: 5,
    period: 'quarter',
    scoring: { kind: 'automatic', figure: 'reviewsApproved', rule: { kind: 'linear', zeroAtPercent: 50, fullAtPercent: 100 }, whenNoData: 'full' },
    source: PRACTICE,
  },
  {
    id: 'monthly-reports',
    areaId: 'ledger',
    title: '组织生活月报按时报送',
    criteria: '本期各月组织生活月报于次月报送截止日（规则集，默认 5 日）前签名提交的比例：50% 及以下不得分，100% 得满分；尚未到期的不计入。',
    maxPoints: 5,
    period: 'quarter',
    scoring: { kind: 'automatic', figure: 'monthlyReportsOnTime', rule: { kind: 'linear', zeroAtPercent: 50, fullAtPercent: 100 }, whenNoData: 'full' },
    source: '本院规则集“每月报送截止日”（组织生活月报）；本院默认权重',
  },
  {
    id: 'medical-ethics',
    areaId: 'business',
    title: '医德医风与患者评价',
    criteria: '科室患者满意度、医德医风考评、表扬与投诉情况，由院党委组织科会同相关部门评分。',
    maxPoints: 10,
    period: 'quarter',
    scoring: { kind: 'manual' },
    source: HOSPITAL,
  },
  {
    id: 'complaints',
    areaId: 'business',
    title: '有效投诉与通报批评',
    criteria: '本期有经查实的有效投诉、被院内通报批评的，每次扣 2 分，最多扣 10 分。',
    maxPoints: 10,
    period: 'quarter',
    scoring: { kind: 'deduction' },
    source: PRACTICE,
  },
  {
    id: 'discipline-veto',
    areaId: 'organisation',
    title: '严重违纪违法（一票否决）',
    criteria: '支部党员发生严重违纪违法、受到党纪重处分或发生重大医疗责任事故的，考核结果不超过 59 分，不得评为流动红旗和星级党支部。',
    maxPoints: 0,
    period: 'quarter',
    scoring: { kind: 'veto', capAt: 59 },
    source: '中国共产党纪律处分条例；医院党建工作考核通行做法（一票否决）',
  },
  {
    id: 'organisation-standard',
    areaId: 'organisation',
    title: '组织设置与班子建设',
    criteria: '支部按期换届、委员配备齐全、党小组设置合理，书记为“双带头人”的加分在本项内体现。',
    maxPoints: 3,
    period: 'year',
    scoring: { kind: 'manual' },
    source: '中国共产党支部工作条例（试行）第六至九条；本院默认权重',
  },
  {
    id: 'org-life-meeting',
    areaId: 'sanhui',
    title: '组织生活会与民主评议党员',
    criteria: '全年召开组织生活会、开展民主评议党员，程序规范、结果运用到位。',
    maxPoints: 5,
    period: 'year',
    scoring: { kind: 'manual' },
    source: '中国共产党党员教育管理工作条例第十七、十八条；本院默认权重',
  },
  {
    id: 'talk-coverage',
    areaId: 'members',
    title: '谈心谈话覆盖率',
    criteria: '支部委员与每名党员（含预备党员）每年至少谈心谈话 1 次（在“三会一课 → 谈心谈话”中登记；函询不计）。按已谈党员的比例计分，全部谈到得满分；没有应谈党员不扣分。',
    maxPoints: 5,
    period: 'year',
    // Typical hospital 考核细则 score 谈心谈话 under 党员教育管理 at 3–5 points "每年与每名党员谈心
    // 谈话不少于 1 次，每少 1 人扣分": linear from 0 % is that rule without a floor. The figure reads
    // the talk records (shared/assessment/branch-figures.ts, talkCoverage), not meetings of that type.
    scoring: { kind: 'automatic', figure: 'talkCoverage', rule: { kind: 'linear', zeroAtPercent: 0, fullAtPercent: 100 }, whenNoData: 'full' },
    source: '中国共产党支部工作条例（试行）（2018）：支部委员之间、支部委员和党员之间每年谈心谈话一般不少于 1 次；关于新形势下党内政治生活的若干准则（坚持谈心谈话制度）；本院默认权重',
  },
  {
    id: 'integration',
    areaId: 'business',
    title: '党建与业务融合',
    criteria: '每季度至少开展 1 次党建+业务活动（结对共建、志愿服务、义诊、党员先锋岗/示范岗、书记党建查房、品牌活动等，在“党建+业务”中登记）；按开展活动的季度比例计分。',
    maxPoints: 5,
    period: 'year',
    // The figure counts the branch's 党建+业务 records (shared/assessment/branch-figures.ts, activitiesHeld);
    // nothing recorded yet scores nothing.
    scoring: { kind: 'automatic', figure: 'activitiesHeld', rule: { kind: 'linear', zeroAtPercent: 0, fullAtPercent: 100 }, whenNoData: 'zero' },
    source: `${HOSPITAL}；每季度至少 1 次为本院默认`,
  },
  {
    id: 'brand',
    areaId: 'brand',
    title: '特色品牌活动',
    criteria: '支部党建品牌有主题、有载体、有成效，形成可推广的经验做法。',
    maxPoints: 2,
    period: 'year',
    scoring: { kind: 'manual' },
    source: PRACTICE,
  },
  {
    id: 'secretary-report',
    areaId: 'report',
    title: '书记抓党建述职评议',
    criteria: '年终支部书记述职，院党委评议为好、较好、一般、差，分别得满分的 100%、80%、60%、0。',
    maxPoints: 10,
    period: 'year',
    scoring: { kind: 'reportGrade', percentByGrade: { good: 100, fairlyGood: 80, fair: 60, poor: 0 } },
    source: '关于加强公立医院党的建设工作的意见（中办发〔2018〕35号）：述职评议考核；本院默认权重',
  },
];

/**
 * 党员积分制管理, 100 points a year. Hospitals that 推行积分管理 count taking part in
 * organisational life first, then study, then service; the per-unit points and caps are this
 * app's default, sized so that a member who attends every meeting of a usual year (about 30:
 * monthly 党小组会 and 主题党日, quarterly 党员大会 and 党课) reaches the cap.
 */
const MEMBER_POINTS_BASIS = '医院党员积分制管理通行做法；本院默认权重';
export const DEFAULT_MEMBER_POINTS: MemberPointsItem[] = [
  { id: 'mp-attendance', source: 'attendance', label: '参加组织生活', pointsPerUnit: 1, maxPoints: 35, basis: `中国共产党党员教育管理工作条例第十六条；${MEMBER_POINTS_BASIS}` },
  { id: 'mp-make-up', source: 'makeUp', label: '按要求补课', pointsPerUnit: 0.5, maxPoints: 5, basis: MEMBER_POINTS_BASIS },
  { id: 'mp-study', source: 'studyHours', label: '学习学时', pointsPerUnit: 0.5, maxPoints: 20, basis: `中国共产党党员教育管理工作条例第二十条（每年不少于 32 学时）；${MEMBER_POINTS_BASIS}` },
  { id: 'mp-volunteer', source: 'volunteerHours', label: '志愿服务', pointsPerUnit: 1, maxPoints: 20, basis: MEMBER_POINTS_BASIS },
  { id: 'mp-pioneer', source: 'pioneerPost', label: '党员先锋岗', pointsPerUnit: 5, maxPoints: 10, basis: `关于加强公立医院党的建设工作的意见（中办发〔2018〕35号）；${MEMBER_POINTS_BASIS}` },
  { id: 'mp-model', source: 'modelPost', label: '党员示范岗', pointsPerUnit: 5, maxPoints: 10, basis: MEMBER_POINTS_BASIS },
];

/** 公示 of 评先评优 lists: 5 working days, as for 发展对象 (发展党员工作细则第二十二条) and the usual 表彰 practice. */
export const DEFAULT_AWARD_RULES: AwardRules = { publicityWorkingDays: 5 };

export const DEFAULT_ASSESSMENT_SCHEME: AssessmentScheme = {
  id: 'default-hospital-scheme',
  version: 1,
  name: '党支部工作目标责任制考核细则（默认）',
  effectiveFrom: '2026-01-01',
  areas: [
    { id: 'organisation', label: '组织建设' },
    { id: 'sanhui', label: '三会一课' },
    { id: 'study', label: '学习教育' },
    { id: 'members', label: '党员管理' },
    { id: 'dues', label: '党费' },
    { id: 'development', label: '发展党员' },
    { id: 'ledger', label: '台账规范' },
    { id: 'business', label: '党建+业务' },
    { id: 'brand', label: '特色品牌' },
    { id: 'report', label: '书记述职' },
  ],
  items,
  // The records first (they cannot be argued with), then 三会一课, then fewer deductions.
  tieBreaks: [{ kind: 'automatic' }, { kind: 'area', areaId: 'sanhui' }, { kind: 'deductions' }],
  flagsPerQuarter: 1,
  // 星级党支部 practice: five grades; 60 is the pass mark of the 100-point year.
  starThresholds: [60, 70, 80, 90, 95],
  memberPoints: DEFAULT_MEMBER_POINTS,
  awards: DEFAULT_AWARD_RULES,
};
