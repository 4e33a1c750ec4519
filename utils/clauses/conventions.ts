import type { z } from '../zod';
import type { Clause } from './schema';

type ClauseInput = z.input<typeof Clause>;

/** The harmful-information duties of the two self-discipline conventions; off unless the user enables them. */
export const CONVENTION_CLAUSES: ClauseInput[] = [
  {
    id: 'isc-convention-2002/art9-1',
    document: 'isc-convention-2002',
    locator: { zh: '第九条第（一）项', en: 'Art. 9 (1)' },
    aliases: ['9.1', 'art 9 1'],
    text: {
      zh: '不制作、发布或传播危害国家安全、危害社会稳定、违反法律法规以及迷信、淫秽等有害信息，依法对用户在本网站上发布的信息进行监督，及时清除有害信息；',
      en: 'do not produce, distribute or disseminate information harming national security, harming social stability, violating laws or regulations as well as superstition, obscenity and other harmful information, conduct supervision over users disseminating information on websites, timely delete harmful information;',
    },
    label: { zh: '不传播有害信息', en: 'No harmful information' },
    explanation: {
      zh: '网站自律义务：不传播危害安全稳定、迷信、淫秽等有害信息并及时清除。',
      en: 'Self-discipline duty: do not carry information harming security or stability, superstition or obscenity, and delete it promptly.',
    },
    family: 'convention',
  },
  {
    id: 'isc-convention-2002/art9-2',
    document: 'isc-convention-2002',
    locator: { zh: '第九条第（二）项', en: 'Art. 9 (2)' },
    aliases: ['9.2', 'art 9 2'],
    text: {
      zh: '不链接含有有害信息的网站，确保网络信息内容的合法、健康；',
      en: 'do not link to websites containing harmful information; ensure that online information is lawful and healthy;',
    },
    label: { zh: '不链接有害网站', en: 'No links to harmful sites' },
    explanation: {
      zh: '网站自律义务：不链接含有有害信息的网站。',
      en: 'Self-discipline duty: do not link to websites that carry harmful information.',
    },
    family: 'convention',
    translatedBy: 'clausemark',
  },
  {
    id: 'isc-convention-2002/art9-3',
    document: 'isc-convention-2002',
    locator: { zh: '第九条第（三）项', en: 'Art. 9 (3)' },
    aliases: ['9.3', 'art 9 3'],
    text: {
      zh: '制作、发布或传播网络信息，要遵守有关保护知识产权的法律、法规；',
      en: 'when producing, distributing or disseminating network information, laws and regulations related to the protection of intellectual property rights must be observed;',
    },
    label: { zh: '保护知识产权', en: 'Intellectual property' },
    explanation: {
      zh: '网站自律义务：传播信息须遵守知识产权法律法规。',
      en: 'Self-discipline duty: respect intellectual-property law when publishing.',
    },
    family: 'convention',
  },
  {
    id: 'isc-convention-2002/art9-4',
    document: 'isc-convention-2002',
    locator: { zh: '第九条第（四）项', en: 'Art. 9 (4)' },
    aliases: ['9.4', 'art 9 4'],
    text: {
      zh: '引导广大用户文明使用网络，增强网络道德意识，自觉抵制有害信息的传播。',
      en: 'guide the broad users towards using the network in a civilized manner, strengthen network ethical mentalities, consciously resist the dissemination of harmful information.',
    },
    label: { zh: '引导用户抵制有害信息', en: 'Users resist harmful information' },
    explanation: {
      zh: '网站自律义务：引导用户文明上网，抵制有害信息。',
      en: 'Self-discipline duty: guide users to use the network in a civilised way and resist harmful information.',
    },
    family: 'convention',
  },
  {
    id: 'bj-app-convention-2014/point-4',
    document: 'bj-app-convention-2014',
    locator: { zh: '第四条', en: 'Point IV' },
    aliases: ['iv', 'point iv', 'point 4'],
    text: {
      zh: '坚决抵制违法不良信息。恪守“七条底线”，落实主体责任，强化内容审核。承诺并诚请广大用户不利用APP制作、复制、发布、传播违法违规不良信息，不给任何有害信息提供传播空间。',
      en: 'Persist in resisting unlawful and harmful information. Respect the “seven baseline”, implement dominant responsibilities, and strengthen content inspection. Promise to and request users to not use apps to produce, reproduce, publish or disseminate information that violates laws or regulations, or is harmful, do not provide dissemination space for any kind of harmful information.',
    },
    label: { zh: '抵制违法不良信息', en: 'Resist unlawful information' },
    explanation: {
      zh: 'APP 自律义务：恪守七条底线，不传播违法违规不良信息。',
      en: 'App self-discipline duty: keep to the seven baselines and carry no unlawful or harmful information.',
    },
    family: 'convention',
  },
];
