import type { Locale } from '@/lib/i18n/locales';

/**
 * The font of each locale whose script a bare machine may lack (docs/decisions/012). Each page
 * loads only its own locale's faces: Latin and Cyrillic pages load none. `local` lists the names
 * (full name, then PostScript name) under which phones and computers already ship the script's
 * font, so one that has it downloads nothing; `subsets` are the fontsource slices of the script
 * itself: the Latin slices are left out, Latin text keeps the system font.
 */
export type ScriptFont = {
  family: string;
  /** The fontsource stylesheet, relative to node_modules. */
  css: string;
  /** The slice names of the stylesheet's comments ("noto-sans-kr-[12]-400-normal") worth keeping. */
  subsets: RegExp;
  local: string[];
  /** Keep only the slices that hold some of these code points (Korean: Hangul, not Hanja). */
  onlyWith?: [number, number][];
};

const noto = (name: string) => [`Noto ${name} Regular`, `Noto${name.replace(/ /g, '')}-Regular`];

export const scriptFonts: Partial<Record<Locale, ScriptFont>> = {
  ko: {
    family: 'Noto Sans KR',
    css: '@fontsource/noto-sans-kr/400.css',
    subsets: /-\[\d+\]-400-normal$/,
    // Hangul syllables, jamo and compatibility jamo. Hanja, rare in Korean interface text, keep the
    // system font: the Hanja slices would double the stylesheet (86 of 120 slices hold Hangul).
    onlyWith: [
      [0xac00, 0xd7a3],
      [0x1100, 0x11ff],
      [0x3130, 0x318f],
    ],
    local: [...noto('Sans CJK KR'), 'NotoSansCJKkr-Regular', ...noto('Sans KR'), 'Apple SD Gothic Neo Regular', 'AppleSDGothicNeo-Regular', 'Malgun Gothic', 'MalgunGothic'],
  },
  zh: {
    family: 'Noto Sans SC',
    css: '@fontsource/noto-sans-sc/400.css',
    subsets: /-\[\d+\]-400-normal$/,
    local: [...noto('Sans CJK SC'), 'NotoSansCJKsc-Regular', ...noto('Sans SC'), 'PingFang SC Regular', 'PingFangSC-Regular', 'Microsoft YaHei', 'MicrosoftYaHei'],
  },
  my: {
    family: 'Noto Sans Myanmar',
    css: '@fontsource/noto-sans-myanmar/400.css',
    subsets: /-myanmar-400-normal$/,
    local: [...noto('Sans Myanmar'), 'Myanmar Text', 'MyanmarText', 'Myanmar Sangam MN', 'MyanmarSangamMN'],
  },
  km: {
    family: 'Noto Sans Khmer',
    css: '@fontsource/noto-sans-khmer/400.css',
    subsets: /-khmer-400-normal$/,
    local: [...noto('Sans Khmer'), 'Khmer UI', 'KhmerUI', 'Khmer Sangam MN', 'KhmerSangamMN'],
  },
  th: {
    family: 'Noto Sans Thai',
    css: '@fontsource/noto-sans-thai/400.css',
    subsets: /-thai-400-normal$/,
    local: [...noto('Sans Thai'), 'Leelawadee UI', 'LeelawadeeUI', 'Thonburi'],
  },
  bn: {
    family: 'Noto Sans Bengali',
    css: '@fontsource/noto-sans-bengali/400.css',
    subsets: /-bengali-400-normal$/,
    local: [...noto('Sans Bengali'), 'Nirmala UI', 'NirmalaUI', 'Kohinoor Bangla', 'KohinoorBangla-Regular'],
  },
  ne: {
    family: 'Noto Sans Devanagari',
    css: '@fontsource/noto-sans-devanagari/400.css',
    subsets: /-devanagari-400-normal$/,
    local: [...noto('Sans Devanagari'), 'Nirmala UI', 'NirmalaUI', 'Kohinoor Devanagari Regular', 'KohinoorDevanagari-Regular'],
  },
  si: {
    family: 'Noto Sans Sinhala Variable',
    css: '@fontsource-variable/noto-sans-sinhala/index.css',
    subsets: /-sinhala-wght-normal$/,
    local: [...noto('Sans Sinhala'), 'Iskoola Pota', 'IskoolaPota', 'Sinhala Sangam MN', 'SinhalaSangamMN'],
  },
  lo: {
    family: 'Noto Sans Lao Variable',
    css: '@fontsource-variable/noto-sans-lao/index.css',
    subsets: /-lao-wght-normal$/,
    local: [...noto('Sans Lao'), 'Lao UI', 'LaoUI', 'Lao Sangam MN', 'LaoSangamMN'],
  },
  // Nastaliq only: a Naskh font would read, but is not how Urdu is written.
  ur: {
    family: 'Noto Nastaliq Urdu',
    css: '@fontsource/noto-nastaliq-urdu/400.css',
    subsets: /-arabic-400-normal$/,
    local: [...noto('Nastaliq Urdu'), 'NotoNastaliqUrdu'],
  },
};
