import type { z } from '../zod';
import type { Clause } from './schema';

type ClauseInput = z.input<typeof Clause>;

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi'] as const;
const HAN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'] as const;

interface Item {
  zh: string;
  en: string;
  label: [zh: string, en: string];
  explanation: [zh: string, en: string];
}

/** Article 10 of the Beijing micro-blog provisions, items (i)–(xi), in the order of the text. */
const ITEMS: Item[] = [
  {
    zh: '违反宪法确定的基本原则的',
    en: 'violating the basic principles of the Constitution;',
    label: ['违反宪法基本原则', 'Against the Constitution'],
    explanation: [
      '攻击宪法确立的基本原则，如党的领导、社会主义制度、人民民主专政。通常用于否定这些原则的政治言论。',
      'Attacks on the principles the Constitution lays down: Party leadership, the socialist system, the people’s democratic dictatorship. Cited against speech that rejects them.',
    ],
  },
  {
    zh: '危害国家安全，泄露国家秘密，颠覆国家政权，破坏国家统一的',
    en: 'jeopardizing national security, leaking state secrets, subverting the government, undermining national unity;',
    label: ['危害国家安全', 'National security'],
    explanation: [
      '颠覆、分裂、泄密类内容：推翻政权的号召、“台独”“藏独”“疆独”等分裂主张、涉密信息。',
      'Subversion, separatism and secrets: calls to overthrow the government, Taiwan/Tibet/Xinjiang independence, leaked classified material.',
    ],
  },
  {
    zh: '损害国家荣誉和利益的',
    en: 'harming national honor and interests;',
    label: ['损害国家荣誉和利益', 'National honour'],
    explanation: [
      '贬损国家、国旗国歌、英雄烈士的内容，以及“辱华”之类被认为损害国家形象的说法。',
      'Content that disparages the nation, its flag and anthem, or its heroes and martyrs, and language seen as damaging the country’s image.',
    ],
  },
  {
    zh: '煽动民族仇恨、民族歧视，破坏民族团结的',
    en: 'inciting ethnic hatred or ethnic discrimination, undermining national unity;',
    label: ['煽动民族仇恨', 'Ethnic hatred'],
    explanation: [
      '针对民族的蔑称、仇恨和歧视言论，以及挑动民族对立的内容。',
      'Ethnic slurs, hatred and discrimination, and content that pits ethnic groups against each other.',
    ],
  },
  {
    zh: '破坏国家宗教政策，宣扬邪教和封建迷信的',
    en: 'violating the state religion policies or propagating cults and feudal superstitions;',
    label: ['邪教与封建迷信', 'Cults & superstition'],
    explanation: [
      '被认定为邪教的组织及其功法、经文、口号，和算命、驱鬼等“封建迷信”活动。',
      'Groups designated as cults with their practices, texts and slogans, and “feudal superstition” such as fortune-telling and exorcism.',
    ],
  },
  {
    zh: '散布谣言，扰乱社会秩序，破坏社会稳定的',
    en: 'spreading rumors, disturbing social order, or undermining social stability;',
    label: ['散布谣言、破坏稳定', 'Rumours & stability'],
    explanation: [
      '未经证实的传言、“内部消息”、灾难与疫情谣言、群体事件的传播。',
      'Unverified claims, “insider news”, rumours about disasters and epidemics, and reports of mass incidents.',
    ],
  },
  {
    zh: '散布淫秽、色情、赌博、暴力、恐怖或者教唆犯罪的',
    en: 'spreading obscenity, pornography, gambling, violence, terror or instigating crimes;',
    label: ['淫秽色情赌博暴力', 'Obscenity, gambling, violence'],
    explanation: [
      '色情、赌博、毒品、枪支、暴恐内容及犯罪教唆，如约炮、网赌、出售枪支、制毒方法。',
      'Sex, gambling, drugs, guns, terrorism and instigating crime: hook-ups, online betting, guns for sale, drug recipes.',
    ],
  },
  {
    zh: '侮辱或者诽谤他人，侵害他人合法权益的',
    en: "insulting or libeling other or infringing on other people's legitimate rights and interests;",
    label: ['侮辱诽谤他人', 'Insult & defamation'],
    explanation: [
      '辱骂、人身攻击、诽谤，以及“人肉搜索”、泄露他人隐私等侵权行为。',
      'Abuse, personal attacks and libel, and infringements such as doxxing (“human flesh search”) and exposing private data.',
    ],
  },
  {
    zh: '煽动非法集会、结社、游行、示威、聚众扰乱社会秩序的',
    en: 'inciting illegal assembly, association, procession or demonstration, assembling to disturb social order;',
    label: ['煽动非法集会游行', 'Illegal assembly'],
    explanation: [
      '号召集会、游行、示威、罢工、上访和“散步”等聚集活动。',
      'Calls to gather: assemblies, marches, demonstrations, strikes, petitioning and “strolls”.',
    ],
  },
  {
    zh: '以非法民间组织名义活动的',
    en: 'illegal activities on behalf of civil society organizations;',
    label: ['非法民间组织', 'Illegal organisations'],
    explanation: [
      '以未登记或被取缔的组织名义开展活动，如维权团体、境外组织、地下教会、独立工会。',
      'Acting in the name of unregistered or banned organisations: rights groups, foreign NGOs, house churches, independent unions.',
    ],
  },
  {
    zh: '含有法律、行政法规禁止的其他内容的',
    en: 'contains content prohibited under other laws and administrative regulations.',
    label: ['法律法规禁止的其他内容', 'Other prohibited content'],
    explanation: [
      '兜底条款：其他法律法规禁止的内容，如翻墙工具、侵犯知识产权、网络诈骗、黑客工具。',
      'Catch-all: content banned by other laws, e.g. circumvention tools, piracy, online fraud, hacking tools.',
    ],
  },
];

export const ARTICLE_10: ClauseInput[] = ITEMS.map((item, i) => {
  const n = i + 1;
  const roman = ROMAN[i] ?? String(n);
  const han = HAN[i] ?? String(n);
  return {
    id: `bj-microblog-2011/art10-${n}`,
    document: 'bj-microblog-2011',
    locator: { zh: `第十条第（${han}）项`, en: `Art. 10 (${roman})` },
    aliases: [
      `10.${n}`,
      `10(${n})`,
      `art 10 ${roman}`,
      `art. 10 (${roman})`,
      `article 10 (${roman})`,
      `第十条第${han}项`,
    ],
    text: { zh: `（${han}）${item.zh}`, en: `(${roman}) ${item.en}` },
    label: { zh: item.label[0], en: item.label[1] },
    explanation: { zh: item.explanation[0], en: item.explanation[1] },
    family: `art10-${n}`,
  };
});
