import { BRANCH_KINDS } from '../branch/branch';
import type { DuesBracket, Fraction, MeetingFrequency, NoteTargets, Rule, RuleSet } from './rule-types';

/**
 * The national defaults. Articles are cited where the text was checked; where only the
 * chapter or topic is certain, that is what is cited, so an inspector is never sent to
 * a wrong article. effectiveFrom is the date each document took effect (issue date
 * where the document takes effect on issue).
 */

function regulation(name: string, effectiveFrom: string) {
  return <T>(value: T, unit: string, description: string, article: string): Rule<T> => ({
    value,
    unit,
    description,
    source: { regulation: name, article },
    effectiveFrom,
  });
}

const branchRegulation = regulation('中国共产党支部工作条例（试行）', '2018-10-28');
const educationRegulation = regulation('中国共产党党员教育管理工作条例', '2019-05-06');
const developmentRegulation = regulation('中国共产党发展党员工作细则', '2014-05-28');
const electionRegulation = regulation('中国共产党基层组织选举工作条例', '2020-07-13');
const duesRegulation = regulation('关于中国共产党党费收缴、使用和管理的规定（中组发〔2008〕3号）', '2008-04-01');
const partyConstitution = regulation('中国共产党章程', '2022-10-22');
const trainingPlan = regulation('2019—2023年全国党员教育培训工作规划', '2019-01-01');
// Practice defaults apply from the branch regulation's start, so older ledgers are checked alike.
const localPractice = regulation('通行做法（本院默认，可由院党委调整）', '2018-10-28');

const onceA = (per: MeetingFrequency['per']): MeetingFrequency => ({ times: 1, per });
const moreThanHalf: Fraction = { numerator: 1, denominator: 2 };
const yuan = (amount: number) => amount * 100;
// No national rule sets a length for study notes: no target until the hospital sets one.
const noNoteTargets = Object.fromEntries(BRANCH_KINDS.map((kind) => [kind, { words: 0, reflections: 0 }])) as NoteTargets;
const bracket = (upToYuan: number | null, rateBasisPoints: number): DuesBracket => ({
  upToFen: upToYuan === null ? null : yuan(upToYuan),
  rateBasisPoints,
});

export const NATIONAL_RULE_SET: RuleSet = {
  id: 'national-default',
  version: 1,
  name: '全国通用规则（默认）',
  effectiveFrom: '2008-04-01',
  rules: {
    branch: {
      minFullMembers: branchRegulation(3, '人', '有正式党员 3 人以上的单位应当成立党支部。', '第四条'),
      maxMembers: branchRegulation(50, '人', '党支部党员人数一般不超过 50 人。', '第四条'),
      jointBranchMaxUnits: branchRegulation(5, '个单位', '正式党员不足 3 人的单位成立联合党支部，覆盖单位一般不超过 5 个。', '第二章 组织设置（联合党支部）'),
      committeeMinFullMembers: branchRegulation(7, '人', '有正式党员 7 人以上的党支部，应当设立党支部委员会。', '第六章（党支部委员会的设立）'),
      committeeSizeMin: branchRegulation(3, '人', '党支部委员会由 3 至 5 人组成。', '第六章（党支部委员会的设立）'),
      committeeSizeNormalMax: branchRegulation(5, '人', '党支部委员会由 3 至 5 人组成。', '第六章（党支部委员会的设立）'),
      committeeSizeMax: branchRegulation(7, '人', '党支部委员会一般不超过 7 人。', '第六章（党支部委员会的设立）'),
      termYears: branchRegulation(3, '年', '党支部委员会一般每届任期 3 年。', '第六章（任期）'),
      villageTermYears: branchRegulation(5, '年', '村、社区党支部委员会每届任期 5 年（医院党支部不适用）。', '第六章（任期）'),
      termExtensionMaxYears: electionRegulation(1, '年', '委员会任期届满应按期换届；经上级党组织批准延期的，一般不超过 1 年。', '总则（按期换届）'),
      termEndWarningMonths: localPractice(6, '个月', '任期届满前 6 个月提醒做好换届准备。', '换届提醒'),
      electionAttendance: electionRegulation({ numerator: 4, denominator: 5 }, '超过该比例', '选举时，有选举权的到会人数超过应到会人数的五分之四，会议有效。', '选举的实施（到会人数）'),
      // 差额 is counted on the seats: 3 seats × 20% = 0.6, so at least 1 more, 4 candidates (shared/branch/election-counts.ts).
      electionCandidateMargin: electionRegulation({ numerator: 1, denominator: 5 }, '不少于该比例', '委员候选人数应多于应选人数，差额不少于应选人数的 20%。', '候选人的产生（差额选举）'),
      // Counted on those entitled to attend (应到会有选举权人数), as the 2020 条例 says; the 1990 暂行条例 counted those present (实到会).
      electionMajority: electionRegulation(moreThanHalf, '超过该比例', '被选举人获得的赞成票超过应到会有选举权人数的一半，始得当选；当选人少于应选名额时，对不足的名额另行选举。', '选举的实施（当选）'),
      outOfContactMonths: educationRegulation(6, '个月', '与党组织失去联系 6 个月以上、经查找仍无法联系的党员，予以停止党籍。', '第二十四条'),
      awayTransferMonths: educationRegulation(6, '个月', '外出学习、工作、生活 6 个月以上并且地点相对固定的，应当转移组织关系。', '第二十五条'),
    },
    development: {
      edition: '2014',
      applicantMinAge: developmentRegulation(18, '周岁', '年满 18 岁方可申请入党。', '第五条'),
      applicationTalkMonths: developmentRegulation(1, '个月', '党组织收到入党申请书后，应当在 1 个月内派人同入党申请人谈话。', '第七条'),
      activistAssessmentMonths: developmentRegulation(6, '个月', '党支部每半年对入党积极分子进行一次考察。', '第十一条'),
      activistTrainingYears: developmentRegulation(1, '年', '入党积极分子经过 1 年以上培养教育和考察，方可列为发展对象。', '第十三条'),
      contactsMin: developmentRegulation(1, '人', '党组织应当指定 1 至 2 名正式党员作入党积极分子的培养联系人。', '第九条'),
      contactsMax: developmentRegulation(2, '人', '党组织应当指定 1 至 2 名正式党员作入党积极分子的培养联系人。', '第九条'),
      introducers: developmentRegulation(2, '人', '发展对象应当有 2 名正式党员作入党介绍人。', '第十四条'),
      candidateTrainingDays: developmentRegulation(3, '天', '发展对象短期集中培训一般不少于 3 天（或不少于 24 个学时）。', '第十七条'),
      candidateTrainingHours: developmentRegulation(24, '学时', '发展对象短期集中培训一般不少于 3 天（或不少于 24 个学时）。', '第十七条'),
      publicityWorkingDays: localPractice(5, '个工作日', '发展对象公示一般不少于 5 个工作日。', '发展党员公示'),
      admissionVoteMonthsAfterPreReview: localPractice(1, '个月', '上级党委预审合格后，党支部一般在 1 个月内提交支部大会讨论接收预备党员。', '预审后召开支部大会'),
      committeeApprovalMonths: developmentRegulation(3, '个月', '上级党委对接收预备党员的决议，应当在 3 个月内审批。', '第四章 预备党员的接收（上级党委审批）'),
      committeeApprovalMaxMonths: developmentRegulation(6, '个月', '因特殊情况可适当延长审批时间，但不得超过 6 个月。', '第四章 预备党员的接收（上级党委审批）'),
      probationYears: developmentRegulation(1, '年', '预备期为 1 年，从支部大会通过其为预备党员之日算起。', '第三十二条'),
      probationExtensionMinMonths: developmentRegulation(6, '个月', '延长预备期，延长时间不能少于半年。', '第三十二条'),
      probationExtensionMaxMonths: developmentRegulation(12, '个月', '延长预备期，最长不超过 1 年。', '第三十二条'),
      fullMembershipDecisionMonths: localPractice(3, '个月', '预备期满后，党支部一般在 3 个月内讨论其能否转为正式党员。', '转正讨论时限'),
      reminderWindowDays: localPractice(30, '天', '到期前 30 天开始提醒。', '到期提醒'),
      thoughtReportMonths: localPractice(3, '个月', '入党积极分子（含发展对象）和预备党员一般每季度至少向党组织递交 1 份思想汇报（细则第十一条、第三十一条要求党组织经常了解其思想情况，频次为通行做法）。', '思想汇报'),
    },
    meetings: {
      partyMemberAssembly: branchRegulation(onceA('quarter'), '次', '支部党员大会一般每季度召开 1 次。', '第十一条'),
      committeeMeeting: branchRegulation(onceA('month'), '次', '支部委员会会议一般每月召开 1 次。', '第十二条'),
      partyGroupMeeting: branchRegulation(onceA('month'), '次', '党小组会一般每月召开 1 次。', '第十三条'),
      partyLecture: localPractice(onceA('quarter'), '次', '党课默认每季度至少 1 次（各地规定不一）。', '党课'),
      themedPartyDay: educationRegulation(onceA('month'), '次', '党支部每月相对固定 1 天开展主题党日。', '第十六条'),
      organizationalLifeMeeting: educationRegulation(onceA('year'), '次', '组织生活会一般每年召开 1 次。', '第十七条'),
      democraticAppraisal: educationRegulation(onceA('year'), '次', '民主评议党员一般每年开展 1 次。', '第十八条'),
      heartToHeartTalk: branchRegulation(onceA('year'), '次', '支委之间、支委和党员之间每年谈心谈话一般不少于 1 次。', '第五章 组织生活（谈心谈话）'),
      organizationalLifeUsualQuarter: educationRegulation(4, '季度', '组织生活会一般安排在第四季度召开。', '第十七条'),
      partyCommitteeSecretaryLectures: educationRegulation(onceA('year'), '次', '党委（党组）书记每年至少讲 1 次党课。', '讲党课'),
      silentBranchDays: localPractice(30, '天', '连续 30 天没有任何活动记录的支部予以提示。', '支部活动预警'),
      monthlyReportDay: localPractice(5, '日', '党支部每月 5 日前向院党委组织部门报送上月组织生活情况（导出报送包）。', '组织生活月报'),
      // No regulation dates a branch's plan or summary; 支部工作条例 第十一条 asks the branch to plan and
      // sum up its work, hospital 考核 schemes ask to 按时报送计划、总结 (issue #22). The defaults are the
      // common practice: the year's plans within its first month, the summary by the year's last day.
      annualPlanDue: localPractice({ month: 1, day: 31 }, '月日', '党支部每年 1 月 31 日前报送本年度工作计划（含主题党日安排）。', '计划总结'),
      developmentPlanDue: localPractice({ month: 1, day: 31 }, '月日', '党支部每年 1 月 31 日前报送本年度发展党员工作计划。', '计划总结'),
      yearSummaryDue: localPractice({ month: 12, day: 31 }, '月日', '党支部每年 12 月 31 日前报送本年度工作总结。', '计划总结'),
      committeeQuorum: branchRegulation(moreThanHalf, '超过该比例', '支部委员会会议须有超过半数的委员到会方可召开。', '第十二条'),
      admissionVoteApproval: developmentRegulation(moreThanHalf, '超过该比例', '赞成人数超过应到会有表决权的正式党员的半数，才能通过接收预备党员的决议。', '第四章 预备党员的接收（支部大会表决）'),
    },
    study: {
      memberAnnualHours: educationRegulation(32, '学时', '党员每年集中学习培训时间一般不少于 32 学时。', '第二十条'),
      leaderAnnualHours: trainingPlan(56, '学时', '党支部书记和支部委员每年集中学习培训一般不少于 56 学时。', '基层党组织书记培训'),
      fullDayHours: localPractice(8, '学时', '集中培训 1 天折算 8 学时。', '学时折算'),
      halfDayHours: localPractice(4, '学时', '集中培训半天折算 4 学时。', '学时折算'),
      // 党员大会 and 党小组会 mostly decide business; a central office that counts their study part widens this list.
      creditedMeetingTypes: localPractice(
        ['partyLecture', 'themedPartyDay'],
        '会议类型',
        '党员参加党课、主题党日，按会议时长计入集中学习学时；补课的同样计入并注明补课。',
        '集中学习学时计算',
      ),
      collectiveStudy: localPractice(onceA('month'), '次', '党支部每月至少组织 1 次计入学时的集中学习（党课或主题党日）。', '集中学习频次'),
      paceGraceDays: localPractice(30, '天', '党员已学学时低于“全年目标 × 已过天数 ÷ 全年天数”超过 30 天的份额时，在首页提示进度落后。', '学时进度提示'),
      noteMaxHours: localPractice(40, '学时', '单条学习记录最多登记 40 学时（5 天培训班）；更长的培训请按周分条登记。', '学时登记上限'),
      noteTargets: localPractice(noNoteTargets, '字/篇', '学习笔记字数和心得体会篇数全国无统一要求，由院党委按支部类别规定（0 为不作要求）。', '学习笔记要求'),
    },
    dues: {
      employedBrackets: duesRegulation(
        [bracket(3000, 50), bracket(5000, 100), bracket(10000, 150), bracket(null, 200)],
        '基点',
        '在职党员按月工资收入（税后）交纳：3000 元以下（含）0.5%，3000 至 5000 元（含）1%，5000 至 10000 元（含）1.5%，10000 元以上 2%。',
        '第二条',
      ),
      retiredBrackets: duesRegulation(
        [bracket(5000, 50), bracket(null, 100)],
        '基点',
        '离退休党员按离退休费总额交纳：5000 元以下（含）0.5%，5000 元以上 1%。',
        '一、党费收缴（离退休党员）',
      ),
      flatMonthlyFen: duesRegulation(20, '分/月', '学生党员、下岗失业党员、领取最低生活保障金的党员每月交纳 0.2 元。', '一、党费收缴（学生及生活困难党员）'),
      maxPaymentPeriodMonths: duesRegulation(3, '个月', '党员应按月交纳党费；经党支部同意，可以每季度交纳一次。', '第十二条'),
      makeUpMaxMonths: duesRegulation(6, '个月', '补交党费的时间一般不得超过 6 个月。', '第十二条'),
      arrearsWarningMonths: localPractice(3, '个月', '连续 3 个月未交纳党费或未参加组织生活的予以提示。', '欠缴提示'),
      arrearsAlarmMonths: partyConstitution(6, '个月', '没有正当理由，连续 6 个月不参加党的组织生活，或不交纳党费，或不做党所分配的工作，就被认为是自行脱党。', '第九条'),
      remittanceDueDay: localPractice(20, '日', '党支部于每季度最后一个月 20 日前将本季度党费上缴院党委组织部门。', '党费上缴期限'),
      remittanceReminderDays: localPractice(10, '天', '党费上缴期限前 10 天开始在首页提醒。', '党费上缴提醒'),
    },
  },
};
