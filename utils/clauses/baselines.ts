import type { z } from '../zod';
import type { Clause } from './schema';

type ClauseInput = z.input<typeof Clause>;

/** The seven baselines in the order they were announced; ids seven-baselines-2013/1 … /7 follow it. */
const BASELINES: [zh: string, en: string, explainZh: string, explainEn: string][] = [
  [
    '法律法规底线',
    'The bottom line of laws and regulations',
    '遵守法律法规。',
    'Abide by laws and regulations.',
  ],
  [
    '社会主义制度底线',
    'The bottom line of the socialist system',
    '不挑战社会主义制度与党的领导。',
    'Do not challenge the socialist system and Party leadership.',
  ],
  [
    '国家利益底线',
    'The bottom line of national interests',
    '不损害国家安全、荣誉与利益。',
    'Do not harm national security, honour and interests.',
  ],
  [
    '公民合法权益底线',
    "The bottom line of citizens' lawful rights and interests",
    '不侵害他人名誉、隐私等合法权益。',
    "Do not infringe others' reputation, privacy and other lawful rights.",
  ],
  [
    '社会公共秩序底线',
    'The bottom line of public order',
    '不扰乱社会公共秩序与稳定。',
    'Do not disturb public order and stability.',
  ],
  [
    '道德风尚底线',
    'The bottom line of morals',
    '不传播低俗、色情、违背公序良俗的内容。',
    'Do not spread vulgar, pornographic or immoral content.',
  ],
  [
    '信息真实性底线',
    'The bottom line of the authenticity of information',
    '不制造、传播虚假信息和谣言。',
    'Do not fabricate or spread false information and rumours.',
  ],
];

const ORDINAL_ZH = ['一', '二', '三', '四', '五', '六', '七'];

export const SEVEN_BASELINES: ClauseInput[] = BASELINES.map(([zh, en, explainZh, explainEn], i) => ({
  id: `seven-baselines-2013/${i + 1}`,
  document: 'seven-baselines-2013',
  locator: { zh: `七条底线之${ORDINAL_ZH[i] ?? i + 1}`, en: `Baseline ${i + 1}` },
  aliases: [`baseline ${i + 1}`, `b${i + 1}`, zh.replace('底线', '')],
  text: { zh, en },
  label: { zh, en },
  explanation: { zh: explainZh, en: explainEn },
  family: 'baseline',
  translatedBy: 'clausemark',
}));
