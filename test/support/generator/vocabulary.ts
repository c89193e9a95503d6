/**
 * Words for realistic records: common surnames (by frequency), given-name characters,
 * hospital departments, titles and posts, and the reasons hospital staff miss meetings.
 */

export const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周'.repeat(3),
  ...'徐孙马朱胡郭何高林罗'.repeat(2),
  ...'郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];

export const MALE_GIVEN = [...'伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆志建国峰东林文博晨阳海亮永忠'];
export const FEMALE_GIVEN = [...'芳娜敏静丽艳娟霞秀英玲燕红梅琳雪婷颖倩慧欣怡佳萍兰洁琴云莉丹蕾晶璐瑶'];

export const DEPARTMENTS = [
  '心血管内科', '呼吸与危重症医学科', '消化内科', '神经内科', '肾内科', '内分泌科', '血液科', '肿瘤科',
  '普通外科', '骨科', '神经外科', '心胸外科', '泌尿外科', '妇产科', '儿科', '眼科', '耳鼻咽喉科', '口腔科',
  '皮肤科', '急诊科', '重症医学科', '麻醉科', '放射科', '超声医学科', '检验科', '病理科', '药学部', '护理部',
  '康复医学科', '中医科', '感染科', '精神心理科', '核医学科', '输血科', '全科医学科', '老年医学科',
  '医务处', '财务处', '人事处', '信息中心', '后勤保障处', '党委办公室', '院长办公室', '门诊部',
];

export const HOSPITAL_NAMES = [
  '市第一人民医院', '市第二人民医院', '市第三人民医院', '市中心医院', '市中医院', '市妇幼保健院', '市儿童医院',
  '市肿瘤医院', '市精神卫生中心', '市传染病医院', '市口腔医院', '市眼科医院', '市急救中心', '市疾病预防控制中心',
];

export const DISTRICTS = ['东城区', '西城区', '南湖区', '北山区', '江滨区', '高新区', '经开区', '临江县', '青山县', '白云县'];

/** A profession's titles (职称) and posts (职务) go together: a nurse is not a 主任医师. */
export interface Profession {
  titles: readonly string[];
  posts: readonly string[];
}

export const CLINICAL_PROFESSIONS: ReadonlyArray<readonly [Profession, number]> = [
  [{ titles: ['主任医师', '副主任医师', '主治医师', '住院医师'], posts: ['科主任', '副主任', '医师', '医师', '医师'] }, 40],
  [{ titles: ['主任护师', '副主任护师', '主管护师', '护师', '护士'], posts: ['护士长', '护士', '护士', '护士'] }, 45],
  [{ titles: ['主管技师', '技师'], posts: ['技师'] }, 8],
  [{ titles: ['主管药师', '药师'], posts: ['药师'] }, 7],
];

export const ADMINISTRATIVE_PROFESSION: Profession = { titles: ['会计师', '工程师', '经济师', '助理研究员'], posts: ['处长', '副处长', '科长', '科员', '科员', '干事'] };

/** Departments that are offices, not wards: their staff hold administrative titles. */
export function isAdministrative(department: string): boolean {
  return /(处|办公室|中心)$/.test(department);
}

export const EDUCATION = [
  ['博士研究生', 15],
  ['硕士研究生', 30],
  ['大学本科', 40],
  ['大专', 12],
  ['中专', 3],
] as const;

export const ETHNICITIES = [
  ['汉族', 92],
  ['回族', 2],
  ['满族', 2],
  ['壮族', 1],
  ['蒙古族', 1],
  ['土家族', 1],
  ['苗族', 1],
] as const;

/** County-level codes (GB/T 2260) for the first six digits of an ID number; fifty of them. */
export const REGION_CODES = [
  '110101', '110102', '110105', '110106', '110108', '120101', '120102', '130102', '130104', '140105',
  '210102', '210103', '220102', '230102', '310101', '310104', '310105', '310106', '320102', '320104',
  '320106', '330102', '330106', '330108', '340102', '350102', '360102', '370102', '370103', '410102',
  '410105', '420102', '420106', '420111', '430102', '430104', '440103', '440104', '440106', '450102',
  '500103', '500106', '510104', '510107', '520102', '530102', '610103', '610113', '620102', '650102',
];

/** Shift work first: 值班 is most of a hospital's leave. */
export const LEAVE_NOTES = {
  duty: ['夜班', '急诊值班', '手术中', 'ICU 值班', '门诊值班', '病房值班'],
  businessTrip: ['外出进修', '学术会议', '对口支援', '援疆', '下乡义诊'],
  sick: ['病假', '住院治疗'],
  other: ['产假', '事假', '家中有事'],
} as const;

export const LECTURE_TITLES = [
  '学习贯彻党的二十大精神', '坚持以人民健康为中心', '弘扬崇高职业精神', '全面从严治党永远在路上',
  '党章党规党纪学习', '公立医院党委领导下的院长负责制', '医德医风与行风建设', '清廉医院建设', '践行初心使命',
];

export const THEMED_DAY_ACTIVITIES = [
  '志愿服务义诊', '重温入党誓词', '参观红色教育基地', '社区健康宣教', '学习身边先进典型', '党员先锋岗评比',
];

export const PLACES = ['科室示教室', '党员活动室', '医院第二会议室', '门诊楼四楼会议室', '线上（腾讯会议）'];

export const STUDY_MATERIALS = [
  '《中国共产党章程》', '《中国共产党纪律处分条例》', '《中国共产党支部工作条例（试行）》', '党的二十大报告',
  '习近平新时代中国特色社会主义思想学习纲要', '《关于加强公立医院党的建设工作的意见》', '《医疗机构工作人员廉洁从业九项准则》',
  '全国卫生与健康大会精神', '本院年度工作会议精神', '《医疗质量安全核心制度要点》', '院感防控最新指南', '“大医精诚”专题学习',
];

export const NOTE_SENTENCES = [
  '通过学习，进一步认识到坚持以人民健康为中心的重要性。',
  '结合科室工作，要把患者满意作为第一标准。',
  '在临床一线要发挥党员先锋模范作用。',
  '要严守纪律规矩，坚决抵制收受红包回扣。',
  '今后将把学习成果转化为提升医疗服务质量的实际行动。',
  '夜班之余坚持自学，做好笔记。',
  '支部组织集中学习，大家结合病例交流体会。',
];
