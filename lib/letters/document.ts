import { directionOf, type Locale } from '@/lib/i18n/locales';
import { LetterUnavailable, typstCompiler } from './compiler';
import { facesFor, letterFontDirs, missingFaces } from './fonts';

/**
 * A letter as data: every text is a plain string, already in the reader's language. The Typst
 * source below never changes; the data reaches it as JSON through `sys.inputs`, and Typst shows
 * a string as text, so nothing a person typed (a name with `#`, `*`, `$`, `]`) is ever markup.
 */
export type Letter = {
  header: { title: string; lines: string[] };
  title: string;
  /** Label and value pairs under the title: reference, date. */
  meta: [string, string][];
  greeting: string;
  paragraphs: string[];
  /** Label and value pairs in a box: programme, amount, account; or the reason. */
  facts: [string, string][];
  /** Paragraphs after the box: what happens next, how to ask for a review. */
  after: string[];
  closing: string;
  signature: string;
  footer: string;
};

const source = String.raw`
#let d = json(bytes(sys.inputs.data))
#set document(title: d.title)
#set page(paper: "a4", margin: (x: 2.2cm, top: 2cm, bottom: 2.4cm), footer: text(size: 8pt, fill: luma(90), d.footer))
#set text(font: d.fonts, lang: d.lang, dir: if d.rtl { rtl } else { ltr }, size: 11pt, fallback: true)
#set par(leading: if d.rtl { 1.3em } else { 0.8em }, spacing: if d.rtl { 1.6em } else { 1.2em })
#block(width: 100%, stroke: (bottom: 1.5pt + rgb("#0b5394")), inset: (bottom: 10pt))[
  #text(size: 16pt, weight: "bold", fill: rgb("#0b5394"), d.header.title)
  #for line in d.header.lines [ \ #text(size: 9pt, line) ]
]
#v(12pt)
#text(size: 15pt, weight: "bold", d.title)
#v(6pt)
#grid(columns: (auto, 1fr), column-gutter: 10pt, row-gutter: 6pt, ..d.meta.map(((k, v)) => (text(weight: "bold", k), v)).flatten())
#v(10pt)
#par(d.greeting)
#for p in d.paragraphs [ #par(p) ]
#block(width: 100%, fill: luma(245), inset: 10pt, radius: 3pt)[
  #grid(columns: (auto, 1fr), column-gutter: 12pt, row-gutter: 8pt, ..d.facts.map(((k, v)) => (text(weight: "bold", k), v)).flatten())
]
#for p in d.after [ #par(p) ]
#v(10pt)
#par(d.closing)
#par(text(weight: "bold", d.signature))
`;

/**
 * The PDF of a letter in the locale's script and direction (Urdu right to left in Nastaliq).
 * Throws LetterUnavailable when a font the script needs, or the compiler, is not on this machine.
 */
export async function renderLetterPdf(letter: Letter, locale: Locale, env: Record<string, string | undefined> = process.env): Promise<Buffer> {
  const dirs = letterFontDirs(env);
  const missing = missingFaces(locale, dirs);
  if (missing.length > 0) throw new LetterUnavailable(`Fonts missing from ${dirs.join(':')}: ${missing.join(', ')}`);
  const compiler = await typstCompiler(dirs);
  const data = { ...letter, lang: locale, rtl: directionOf(locale) === 'rtl', fonts: facesFor(locale).map((f) => f.family) };
  const compiled = compiler.compile({ mainFileContent: source, inputs: { data: JSON.stringify(data) } });
  const document = compiled.result;
  if (!document) {
    const error = compiled.takeError();
    throw new Error(`Letter did not compile: ${JSON.stringify(error ? compiler.fetchDiagnostics(error) : null).slice(0, 300)}`);
  }
  return compiler.pdf(document);
}
