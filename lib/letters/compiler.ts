import type { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

/** Why a letter cannot be made on this machine: a missing font or compiler, not a passing fault. */
export class LetterUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LetterUnavailable';
  }
}

let compiler: { dirs: string; made: Promise<NodeCompiler> } | null = null;

/**
 * One Typst compiler per process (creating it reads the fonts, about half a second; each letter
 * after is tens of milliseconds). Loaded on first use, so a machine without the native package
 * still serves everything else and records its letters as failed.
 */
export function typstCompiler(fontDirs: string[]): Promise<NodeCompiler> {
  const key = fontDirs.join(':');
  if (compiler?.dirs !== key) {
    const made = import('@myriaddreamin/typst-ts-node-compiler')
      .then(({ NodeCompiler }) => NodeCompiler.create({ fontArgs: [{ fontPaths: fontDirs }] }))
      .catch((error: unknown) => {
        compiler = null;
        throw new LetterUnavailable(`Typst compiler unavailable: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      });
    compiler = { dirs: key, made };
  }
  return compiler.made;
}
