import type { SourceDocument } from './schema';

export const DOCUMENTS: SourceDocument[] = [
  {
    id: 'bj-microblog-2011',
    title: {
      zh: '北京市微博客发展管理若干规定',
      en: 'Certain Provisions on the Administration of Micro-Blog Development (Beijing)',
    },
    issuer: {
      zh: '北京市人民政府新闻办公室、北京市公安局、北京市通信管理局、北京市互联网信息办公室',
      en: 'Beijing Municipal Government Information Office, Public Security Bureau, Communications Administration and Internet Information Office',
    },
    date: '2011-12-16',
    seed: '003_7828c21dec4f4dd9.txt',
    defaultEnabled: true,
    provenance: {
      zh: '英文据种子文件译文；该文件中第十条的中文各项为空，中文采用官方公布的条文。',
      en: 'English from the seed translation; the seed leaves the Chinese items of Art. 10 blank, so the Chinese is the officially published wording.',
    },
  },
  {
    id: 'seven-baselines-2013',
    title: { zh: '七条底线', en: 'The "seven baselines"' },
    issuer: {
      zh: '网络名人社会责任论坛（国家互联网信息办公室举办）',
      en: "Forum on online celebrities' social responsibility (held by the State Internet Information Office)",
    },
    date: '2013-08-10',
    seed: '001_2942b539352db77e.txt',
    defaultEnabled: true,
    provenance: {
      zh: '种子文件（北京市移动互联网应用程序公众信息服务自律公约第四条）援引“七条底线”；各条名称为论坛公布的表述。',
      en: 'The seed (point IV of the Beijing app convention) invokes the "seven baseline"; the names of the seven are as announced at the forum, translated by ClauseMark.',
    },
  },
  {
    id: 'isc-convention-2002',
    title: { zh: '中国互联网行业自律公约', en: 'China Internet Sector Self-Discipline Convention' },
    issuer: { zh: '中国互联网协会', en: 'Internet Society of China (China Internet Association)' },
    date: '2002-03-16',
    seed: '002_0984e413b39d39ec.txt',
    defaultEnabled: false,
    provenance: {
      zh: '中英文均据种子文件；种子英文缺第九条第（二）项，该项英文为 ClauseMark 所译。',
      en: 'Chinese and English from the seed; the seed English omits Art. 9 (2), which ClauseMark translated.',
    },
  },
  {
    id: 'bj-app-convention-2014',
    title: {
      zh: '北京市移动互联网应用程序公众信息服务自律公约',
      en: 'Beijing Municipality Self-Discipline Convention on Internet Application Programmes and Public Information Services',
    },
    issuer: { zh: '首都互联网协会', en: 'Capital Internet Society' },
    date: '2014-11-26',
    seed: '001_2942b539352db77e.txt',
    defaultEnabled: false,
    provenance: { zh: '中英文均据种子文件。', en: 'Chinese and English from the seed.' },
  },
];
