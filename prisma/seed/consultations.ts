/**
 * Consultation topics and the counsellors' weekly schedules of the Foreign Residents
 * Consultation Center (brief: 15 languages, about 3,000 cases a month, Sundays included,
 * specialists on some days). Counsellors are created without a password: an administrator
 * invites the real person to the account before they sign in.
 */
export const topics = [
  { slug: 'daily-life', title: { ko: '일상생활', en: 'Daily life' }, summary: { ko: '은행, 휴대전화, 교통, 생활 정보 등', en: 'Banks, mobile phones, transport and everyday questions' } },
  {
    slug: 'wages-labour',
    title: { ko: '임금과 노동', en: 'Wages and work' },
    summary: { ko: '임금 체불, 퇴직금, 근로계약, 사업장 변경', en: 'Unpaid wages, severance pay, work contracts, changing workplace' },
  },
  { slug: 'industrial-accidents', title: { ko: '산업재해', en: 'Accidents at work' }, summary: { ko: '일하다 다쳤을 때 치료와 보상', en: 'Treatment and compensation after an injury at work' } },
  { slug: 'visa-stay', title: { ko: '비자와 체류', en: 'Visa and stay' }, summary: { ko: '체류 연장, 자격 변경, 외국인등록', en: 'Extending your stay, changing status, alien registration' } },
  { slug: 'legal', title: { ko: '법률', en: 'Legal problems' }, summary: { ko: '계약, 사기, 형사 사건, 소송', en: 'Contracts, fraud, criminal cases, going to court' } },
  { slug: 'medical', title: { ko: '의료', en: 'Health and hospitals' }, summary: { ko: '병원 이용, 건강보험, 의료비', en: 'Using hospitals, health insurance, medical bills' } },
  {
    slug: 'marriage-family',
    title: { ko: '결혼과 가족', en: 'Marriage and family' },
    summary: { ko: '국제결혼, 이혼, 가정폭력, 가족 초청', en: 'International marriage, divorce, domestic violence, inviting family' },
  },
  { slug: 'housing', title: { ko: '주거', en: 'Housing' }, summary: { ko: '전월세 계약, 보증금, 집 문제', en: 'Renting, deposits, problems with your home' } },
  { slug: 'schooling', title: { ko: '자녀 교육', en: "Children's schooling" }, summary: { ko: '입학, 전학, 학교생활, 보육', en: 'Starting or changing school, school life, childcare' } },
] as const;

const weekdays = [1, 2, 3, 4, 5];
const allChannels = ['VISIT', 'PHONE', 'VIDEO'];

type Block = { weekdays: number[]; startTime: string; endTime: string; topics?: string[]; interpreterLanguages?: string[] };
const office: Block[] = [
  { weekdays, startTime: '10:00', endTime: '12:00' },
  { weekdays, startTime: '14:00', endTime: '17:00' },
];
const sunday: Block = { weekdays: [0], startTime: '10:00', endTime: '16:00' };

export const counsellors: { key: string; name: string; languages: string[]; blocks: Block[] }[] = [
  // Urdu is covered by an interpreter sitting in on Wednesdays.
  { key: 'en', name: '김하늘', languages: ['ko', 'en'], blocks: [...office, { weekdays: [3], startTime: '18:00', endTime: '20:00', interpreterLanguages: ['ur'] }] },
  { key: 'vi', name: 'Nguyễn Thị Lan', languages: ['ko', 'vi'], blocks: [...office, sunday] },
  { key: 'zh', name: '王丽', languages: ['ko', 'zh'], blocks: [...office, sunday] },
  { key: 'ru', name: 'Ким Ольга', languages: ['ko', 'ru', 'uz'], blocks: [...office, sunday] },
  { key: 'th', name: 'สมศรี ใจดี', languages: ['ko', 'th', 'lo'], blocks: office },
  { key: 'km', name: 'Sok Chenda', languages: ['ko', 'km'], blocks: [...office, sunday] },
  { key: 'my', name: 'Aung Myint', languages: ['ko', 'my'], blocks: [...office, sunday] },
  { key: 'ne', name: 'Sita Gurung', languages: ['ko', 'ne'], blocks: [...office, sunday] },
  { key: 'fil', name: 'Maria Santos', languages: ['ko', 'fil', 'en'], blocks: office },
  { key: 'id', name: 'Siti Rahayu', languages: ['ko', 'id'], blocks: [...office, sunday] },
  { key: 'mn', name: 'Bat-Erdene', languages: ['ko', 'mn'], blocks: office },
  { key: 'si', name: 'Nimal Perera', languages: ['ko', 'si'], blocks: office },
  { key: 'bn', name: 'Rahim Uddin', languages: ['ko', 'bn'], blocks: office },
  // The specialists: a lawyer and a labour attorney on Thursday afternoons (legal and wage cases).
  { key: 'lawyer', name: '박정의 변호사', languages: ['ko', 'en'], blocks: [{ weekdays: [4], startTime: '14:00', endTime: '17:00', topics: ['legal', 'wages-labour', 'industrial-accidents'] }] },
];

export const counsellorEmail = (key: string) => `counsellor.${key}@consultation.ansan.example`;
export { allChannels };
