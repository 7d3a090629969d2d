/** Name and subject material for the seeded data: realistic enough for a demo, all invented. */

/** [characters, pinyin] pairs, so that user ids can be derived from Chinese names. */
export const chineseSurnames: readonly (readonly [string, string])[] = [
  ['张', 'zhang'],
  ['王', 'wang'],
  ['李', 'li'],
  ['刘', 'liu'],
  ['陈', 'chen'],
  ['杨', 'yang'],
  ['黄', 'huang'],
  ['赵', 'zhao'],
  ['吴', 'wu'],
  ['周', 'zhou'],
  ['徐', 'xu'],
  ['孙', 'sun'],
  ['马', 'ma'],
  ['朱', 'zhu'],
  ['胡', 'hu'],
  ['郭', 'guo'],
  ['林', 'lin'],
  ['何', 'he'],
  ['欧阳', 'ouyang'],
];

export const chineseGivenNames: readonly (readonly [string, string])[] = [
  ['伟', 'wei'],
  ['芳', 'fang'],
  ['敏', 'min'],
  ['静', 'jing'],
  ['磊', 'lei'],
  ['洋', 'yang'],
  ['艳', 'yan'],
  ['勇', 'yong'],
  ['杰', 'jie'],
  ['涛', 'tao'],
  ['明', 'ming'],
  ['超', 'chao'],
  ['秀英', 'xiuying'],
  ['建华', 'jianhua'],
  ['晓东', 'xiaodong'],
  ['丽娜', 'lina'],
  ['子涵', 'zihan'],
  ['思远', 'siyuan'],
  ['嘉怡', 'jiayi'],
  ['浩然', 'haoran'],
];

export const englishFirstNames: readonly string[] = [
  'Alice',
  'David',
  'Emily',
  'Michael',
  'Sophia',
  'James',
  'Olivia',
  'Daniel',
  'Grace',
  'Kevin',
  'Hannah',
  'Ryan',
  'Chloe',
  'Jason',
];

export const englishLastNames: readonly string[] = [
  'Wong',
  'Chan',
  'Lee',
  'Smith',
  'Johnson',
  'Garcia',
  'Ng',
  'Cheung',
  'Brown',
  'Taylor',
  "O'Brien",
  'Müller',
];

export const teams: readonly (readonly [string, string])[] = [
  ['产品部', 'Product'],
  ['研发中心', 'Engineering'],
  ['华南销售', 'South China Sales'],
  ['市场部', 'Marketing'],
  ['客户成功', 'Customer Success'],
  ['财务部', 'Finance'],
  ['人力资源', 'People'],
  ['香港分公司', 'Hong Kong Office'],
  ['北美团队', 'North America'],
  ['供应链', 'Supply Chain'],
];

export const projects: readonly string[] = [
  '星火计划',
  'Project Atlas',
  '云迁移',
  'Falcon 2.0',
  '新零售平台',
  'Billing v3',
  '智慧园区',
  'Orion',
];

/** `{team}`, `{project}` and `{name}` are filled in by the subject generator. */
export const chineseSubjectTemplates: readonly string[] = [
  '{team}周例会',
  '{team}月度复盘',
  '{project}项目评审会',
  '{project}上线前检查',
  '季度经营分析会',
  '客户回访电话会',
  '招聘面试：{name}',
  '安全生产培训',
  '{team}晨会',
  '年度预算沟通会（第二轮）',
  '🎉 年会筹备会',
  '供应商电话会议 — {project}',
];

export const englishSubjectTemplates: readonly string[] = [
  'Weekly sync — {team}',
  'Q3 planning: {project}',
  'Customer escalation review',
  'Design review: {project}',
  'All-hands',
  'Incident retro (P1)',
  '1:1 with {name}',
  '{team} pipeline review',
  'APAC 销售周会 / APAC Sales Weekly',
  'Vendor call: {project} & partners',
];

/** Number prefixes that look like real ones; the rest of each number is random. */
export const mainlandMobilePrefixes: readonly string[] = [
  '130',
  '131',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '158',
  '159',
  '176',
  '177',
  '180',
  '185',
  '186',
  '188',
  '189',
  '199',
];

export const mainlandCityCodes: readonly string[] = [
  '010',
  '021',
  '020',
  '0755',
  '0571',
  '028',
  '027',
  '025',
];

export const northAmericanAreaCodes: readonly string[] = [
  '212',
  '415',
  '646',
  '206',
  '312',
  '617',
  '213',
  '718',
];
