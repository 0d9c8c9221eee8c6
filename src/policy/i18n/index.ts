/** The notice's string tables, one per language, and the lookup with {placeholder} filling. */
import type { Language } from '../schema.js';
import type { MessageKey, Messages } from './types.js';
import { en } from './en.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { ru } from './ru.js';
import { vi } from './vi.js';

export type { MessageKey, Messages };

export const MESSAGES: Record<Language, Messages> = { en, ja, ko, ru, vi };

/** The placeholders a message uses, in order of first appearance. */
export function placeholdersOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];
}

export function translate(lang: Language, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const message = MESSAGES[lang][key];
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
