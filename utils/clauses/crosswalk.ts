import type { CrosswalkLink } from './schema';

const A = (n: number) => `bj-microblog-2011/art10-${n}`;
const B = (n: number) => `seven-baselines-2013/${n}`;
const ISC1 = 'isc-convention-2002/art9-1';
const ISC3 = 'isc-convention-2002/art9-3';
const APP4 = 'bj-app-convention-2014/point-4';

const link = (from: string, to: string, zh: string, en: string): CrosswalkLink => ({
  from,
  to,
  rationale: { zh, en },
});

/**
 * Which baselines (and, when enabled, convention duties) an Article 10 item touches. A match on the item
 * reports these as implied clauses.
 */
export const CROSSWALK: CrosswalkLink[] = [
  link(A(1), B(1), '宪法是法律法规的根本。', 'The Constitution heads the body of law.'),
  link(
    A(1),
    B(2),
    '宪法基本原则包括社会主义制度。',
    "The Constitution's basic principles include the socialist system.",
  ),
  link(
    A(2),
    B(1),
    '国家安全法、保守国家秘密法等明文禁止。',
    'Banned outright by the National Security and State Secrets laws.',
  ),
  link(
    A(2),
    B(2),
    '颠覆国家政权即挑战社会主义制度。',
    'Subverting state power challenges the socialist system.',
  ),
  link(A(2), B(3), '国家安全与统一是国家利益的核心。', 'Security and unity are the core national interests.'),
  link(A(3), B(3), '国家荣誉是国家利益的一部分。', 'National honour is part of national interests.'),
  link(
    A(3),
    B(6),
    '侮辱英烈被视为违背道德风尚。',
    'Insulting heroes and martyrs is treated as a breach of public morals.',
  ),
  link(A(4), B(1), '民族区域自治法、刑法禁止煽动民族仇恨。', 'Criminal law bans inciting ethnic hatred.'),
  link(A(4), B(5), '民族对立威胁社会秩序。', 'Ethnic antagonism threatens public order.'),
  link(
    A(5),
    B(1),
    '宗教事务条例与刑法第300条规制邪教。',
    'The religious affairs regulations and Criminal Law art. 300 govern cults.',
  ),
  link(A(5), B(5), '邪教活动被视为扰乱社会秩序。', 'Cult activity is treated as disturbing public order.'),
  link(
    A(5),
    B(6),
    '封建迷信被视为违背社会风尚。',
    'Feudal superstition is treated as offending public morals.',
  ),
  link(A(6), B(5), '谣言被认为扰乱社会秩序。', 'Rumours are held to disturb public order.'),
  link(A(6), B(7), '谣言即虚假信息。', 'A rumour is false information.'),
  link(
    A(7),
    B(1),
    '治安管理处罚法、刑法禁止传播淫秽物品和赌博。',
    'Public security and criminal law ban obscenity and gambling.',
  ),
  link(
    A(7),
    B(5),
    '暴力恐怖与犯罪教唆危害公共秩序。',
    'Violence, terror and incitement to crime endanger public order.',
  ),
  link(A(7), B(6), '淫秽色情违背道德风尚。', 'Obscenity offends public morals.'),
  link(
    A(8),
    B(4),
    '侮辱诽谤侵害公民名誉权与隐私权。',
    "Insult and libel infringe citizens' reputation and privacy.",
  ),
  link(A(8), B(7), '诽谤即捏造虚假事实。', 'Libel is fabricating false facts.'),
  link(
    A(9),
    B(1),
    '集会游行示威法规定须经许可。',
    'The Assembly, Procession and Demonstration Law requires permits.',
  ),
  link(
    A(9),
    B(5),
    '非法集会被视为扰乱公共秩序。',
    'Unlawful assembly is treated as disturbing public order.',
  ),
  link(
    A(10),
    B(1),
    '社会团体登记管理条例要求登记。',
    'The social organisations regulations require registration.',
  ),
  link(
    A(10),
    B(5),
    '非法组织活动被视为威胁社会秩序。',
    'Unregistered organisations are treated as a threat to public order.',
  ),
  link(A(11), B(1), '兜底条款直接援引其他法律法规。', 'The catch-all refers directly to other laws.'),
  // Self-discipline duties, reported only when the user enables those documents.
  ...[1, 2, 3, 4, 5, 6, 7, 9, 10, 11].map((n) =>
    link(A(n), ISC1, '属公约所列有害信息。', "Falls within the convention's harmful information."),
  ),
  link(A(8), ISC3, '侵犯他人合法权益包括知识产权。', "Others' lawful rights include intellectual property."),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((n) =>
    link(
      A(n),
      APP4,
      '恪守七条底线，不传播违法不良信息。',
      'Keep to the seven baselines; carry no unlawful information.',
    ),
  ),
];
