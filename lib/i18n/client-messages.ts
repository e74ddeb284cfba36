import type { Messages, NestedKeyOf } from 'next-intl';

/** A namespace or message of the catalogue, as a dotted path ('Admin.verify', 'Forms'). */
export type MessagePath = NestedKeyOf<Messages>;

type Tree = { [key: string]: string | Tree };

/**
 * The parts of the catalogue named by `paths`, nested as in the catalogue, for a
 * NextIntlClientProvider: client components get what they use and the browser nothing else.
 */
export function pickMessages(messages: Messages, paths: readonly MessagePath[]): Partial<Messages> {
  const picked: Tree = {};
  for (const path of paths) {
    const parts = path.split('.');
    let from: string | Tree | undefined = messages as unknown as Tree;
    let into = picked;
    parts.forEach((part, index) => {
      from = typeof from === 'object' ? from[part] : undefined;
      if (from === undefined) throw new Error(`No message at ${path}`);
      if (index === parts.length - 1) into[part] = from;
      else into = (typeof into[part] === 'object' ? into[part] : (into[part] = {})) as Tree;
    });
  }
  return picked as Partial<Messages>;
}
