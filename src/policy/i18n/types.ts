/** The shape every language's string table has: the keys of the English table. */
import type { en } from './en.js';

export type MessageKey = keyof typeof en;
export type Messages = { readonly [K in MessageKey]: string };
