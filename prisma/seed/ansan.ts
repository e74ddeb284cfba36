/**
 * Seed data for the default city, written from the facts in the shared seed documents (Ansan's
 * and Gyeonggi's presentations and articles). Only the headquarters' phone, email and website
 * appear in those documents, so every centre lists the headquarters' line until the city enters
 * its own numbers in the admin section.
 * Texts exist in Korean and English here; seed/translations.ts adds the other locales.
 */
export const city = {
  slug: 'ansan',
  name: { ko: '안산시', en: 'Ansan City' },
  agency: { ko: '안산시 외국인주민지원본부', en: 'Ansan Foreign Resident Support Headquarters' },
  phone: '+82-31-481-3745',
  email: 'globalansan@korea.kr',
  website: 'https://www.ansan.go.kr/global/main/main.do',
};

const HQ_PHONE = city.phone;
const weekdays = [1, 2, 3, 4, 5];
const town = {
  ko: '경기도 안산시 단원구 원곡동, 외국인주민지원본부 행정타운',
  en: 'Foreign Resident Administration Town, Wongok-dong, Danwon-gu, Ansan-si, Gyeonggi-do',
};

export const centers = [
  {
    slug: 'support-center',
    sortOrder: 1,
    name: { ko: '외국인주민지원센터', en: 'Foreign Residents Support Center' },
    summary: {
      ko: '한국어 교육과 세계 문화 체험, 여가·문화·체육 활동, 행정 지원을 한곳에서 제공합니다.',
      en: 'Korean lessons, world cultures, leisure, culture and sport, and help with administration, all in one place.',
    },
    address: town,
    phone: HQ_PHONE,
    email: city.email,
    hours: [
      { days: weekdays, opens: '09:00', closes: '18:00' },
      { days: [0], opens: '09:00', closes: '18:00' },
    ],
    languages: ['ko', 'en', 'zh', 'vi', 'ru', 'uz'],
    offers: [
      { ko: '한국어 교육과 세계 문화 체험', en: 'Korean language education and experiences of world cultures' },
      { ko: '다문화 작은도서관 (24개국 도서 약 12,000권)', en: 'Multicultural Little Library (about 12,000 books from 24 countries)' },
      { ko: '외국인 무료 진료 보건소', en: 'Public health clinic with free services for foreigners' },
      { ko: '정책·제도·행정 지원', en: 'Policy, institutional and administrative support' },
    ],
  },
  {
    slug: 'immigrant-plus-center',
    sortOrder: 2,
    name: { ko: '다문화이주민플러스센터', en: 'Multicultural Immigrant Plus Center' },
    summary: {
      ko: '체류·비자 업무와 고용·노동 업무를 한곳에서 처리합니다.',
      en: 'Stay and visa matters and employment and labour matters handled in one place.',
    },
    address: town,
    phone: HQ_PHONE,
    email: null,
    hours: [{ days: weekdays, opens: '09:00', closes: '18:00' }],
    languages: ['ko', 'en', 'zh', 'vi'],
    offers: [
      { ko: '출입국·비자, 체류 연장, 증명서 발급', en: 'Immigration and visas, extensions of stay, certificates' },
      { ko: '고용·노동, 사업장 변경 신청', en: 'Employment and labour, applications to change workplace' },
    ],
  },
  {
    slug: 'consultation-center',
    sortOrder: 3,
    name: { ko: '외국인주민상담지원센터', en: 'Foreign Residents Consultation Center' },
    summary: {
      ko: '2008년 3월부터 15개 언어로 상담하며, 매달 약 3,000건을 돕습니다. 일요일에도 엽니다.',
      en: 'Advice in 15 languages since March 2008, about 3,000 cases a month. Open on Sundays too.',
    },
    address: town,
    phone: HQ_PHONE,
    email: null,
    hours: [{ days: [0, 1, 2, 3, 4, 5], opens: '09:00', closes: '18:00' }],
    languages: ['ko', 'en', 'zh', 'vi', 'ru', 'uz', 'id', 'km', 'ne', 'th', 'fil', 'mn', 'my', 'si', 'bn', 'ur'],
    offers: [
      { ko: '생활, 임금·노동, 산업재해 상담', en: 'Daily life, wages and labour, industrial accidents' },
      { ko: '체류·비자, 법률, 의료 상담', en: 'Visa and stay, legal and medical questions' },
      { ko: '결혼·가족, 주거, 자녀 학교 상담', en: 'Marriage and family, housing, children’s schooling' },
    ],
  },
  {
    slug: 'global-youth-center',
    sortOrder: 4,
    name: { ko: '글로벌청소년센터', en: 'Global Youth Center' },
    summary: {
      ko: '이주배경 청소년을 위한 맞춤 상담과 진로 지원을 합니다.',
      en: 'Counselling and career support for young people with a migrant background.',
    },
    address: { ko: '경기도 안산시 단원구', en: 'Danwon-gu, Ansan-si, Gyeonggi-do' },
    phone: HQ_PHONE,
    email: null,
    hours: [{ days: weekdays, opens: '09:00', closes: '18:00' }],
    languages: ['ko', 'en', 'zh', 'ru'],
    offers: [
      { ko: '이주배경 청소년 맞춤 상담과 진로 지원', en: 'Counselling and career support for youth with a migrant background' },
      { ko: '중도입국 청소년 한국어 교육과 문화 활동', en: 'Korean lessons and cultural activities for young people who arrived after starting school' },
    ],
  },
  {
    slug: 'koryoin-cultural-center',
    sortOrder: 5,
    name: { ko: '고려인문화센터', en: 'Koryoin Cultural Center' },
    summary: {
      ko: '고려인 주민을 위한 한국어 교육, 문화·체육 행사, 자녀 교육과 언어 지원을 합니다.',
      en: 'Korean lessons, cultural and sports events, children’s education and language support for Koryoin residents.',
    },
    address: { ko: '경기도 안산시 단원구 선부동', en: 'Seonbu-dong, Danwon-gu, Ansan-si, Gyeonggi-do' },
    phone: HQ_PHONE,
    email: null,
    hours: [{ days: weekdays, opens: '09:00', closes: '18:00' }],
    languages: ['ko', 'ru', 'uz'],
    offers: [
      { ko: '한국어 교육, 문화·체육 행사', en: 'Korean lessons, cultural and sports events' },
      { ko: '자녀 교육과 상담, 언어 지원', en: 'Children’s education and counselling, language support' },
    ],
  },
  {
    slug: 'multicultural-family-center',
    sortOrder: 6,
    name: { ko: '다문화가족지원센터', en: 'Multicultural Family Support Center' },
    summary: {
      ko: '2008년부터 다문화가족을 위한 프로그램을 운영하며 46,000명 넘게 도왔습니다.',
      en: 'Programmes for multicultural families since 2008, helping more than 46,000 people.',
    },
    address: { ko: '경기도 안산시 단원구', en: 'Danwon-gu, Ansan-si, Gyeonggi-do' },
    phone: HQ_PHONE,
    email: null,
    hours: [
      { days: weekdays, opens: '09:00', closes: '18:00' },
      { days: [6], opens: '10:00', closes: '15:00' },
    ],
    languages: ['ko', 'en', 'zh', 'vi', 'fil', 'km', 'mn'],
    offers: [
      { ko: '다문화가족 전용 프로그램과 가족 간 교류 공간', en: 'Programmes and a meeting space for multicultural families' },
      { ko: '결혼이민자 한국어 교육과 취업 지원', en: 'Korean lessons and job support for marriage immigrants' },
    ],
  },
];

export const services = [
  {
    slug: 'consultation',
    kind: 'CONSULTATION' as const,
    center: 'consultation-center',
    title: { ko: '상담 예약', en: 'Consultation booking' },
    summary: {
      ko: '생활, 임금, 비자, 법률, 의료 등 고민을 모국어로 상담하세요. 방문, 전화, 화상 상담이 가능합니다.',
      en: 'Talk about daily life, wages, visas, legal or medical problems in your language: in person, by phone or by video.',
    },
  },
  {
    slug: 'korean-classes',
    kind: 'KOREAN_CLASS' as const,
    center: 'support-center',
    title: { ko: '한국어 교실', en: 'Korean classes' },
    summary: {
      ko: '기초 한국어, TOPIK 준비, 사회통합프로그램(KIIP)을 배울 수 있습니다. 일요일 반도 있습니다.',
      en: 'Basic Korean, TOPIK preparation and the Korea Immigration & Integration Program (KIIP). Sunday classes for workers.',
    },
  },
  {
    slug: 'emergency-support',
    kind: 'EMERGENCY_SUPPORT' as const,
    center: 'support-center',
    title: { ko: '긴급 지원', en: 'Emergency support' },
    summary: {
      ko: '갑작스러운 위기에 처한 외국인 주민에게 긴급 생계비, 의료비, 장례비를 지원합니다.',
      en: 'Emergency living, medical and funeral expenses for foreign residents in a sudden crisis.',
    },
  },
  {
    slug: 'newsletter',
    kind: 'NEWSLETTER' as const,
    center: 'support-center',
    title: { ko: '안산하모니 소식지', en: 'Ansan Harmony newsletter' },
    summary: {
      ko: '외국인 주민 기자들이 만드는 계간 소식지를 8개 언어로 무료로 읽어 보세요.',
      en: 'A free quarterly newsletter in 8 languages, written by foreign-resident reporters.',
    },
  },
];
