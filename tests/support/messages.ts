import fs from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

export type Messages = { [key: string]: string | Messages };

export const messagesDir = path.join(__dirname, '..', '..', 'messages');

export function readMessages(locale: string): Messages {
  return JSON.parse(fs.readFileSync(path.join(messagesDir, `${locale}.json`), 'utf8'));
}

/** Flattens nested namespaces to dotted keys: { "Home.title": "..." }. */
export function flatten(messages: Messages, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(messages)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[full] = value;
    else Object.assign(out, flatten(value, full));
  }
  return out;
}

/** The names of the arguments a message uses ({name}, {count, plural, ...}), sorted. */
export function argumentNames(message: string): string[] {
  const names = new Set<string>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type !== TYPE.literal && el.type !== TYPE.pound && 'value' in el && typeof el.value === 'string') names.add(el.value);
      if ('options' in el) for (const option of Object.values(el.options)) visit(option.value);
      if (el.type === TYPE.tag) visit(el.children);
    }
  };
  visit(parse(message, { requiresOtherClause: true }));
  return [...names].sort();
}

/** True when a message has letters of its own, outside placeholders: worth translating. */
export function hasTranslatableText(message: string): boolean {
  return /\p{L}/u.test(message.replace(/\{[^{}]*\}/g, ''));
}
