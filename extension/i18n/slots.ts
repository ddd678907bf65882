/**
 * Messages with elements inside them ("Its knowledge runs to <strong>12 November 2024</strong>."): the message is
 * asked for with markers in place of the elements, then cut at the markers, so each language places them where
 * its word order wants them.
 */
import type { ComponentChild } from 'preact';
import { formatNumber, pluralName, t } from './i18n';

const marker = (index: number) => `\u0001${index}\u0002`;

/** `name`'s message with `slots` as its $1, $2…: elements or text. */
export function tSlots(name: string, slots: ComponentChild[]): ComponentChild[] {
  return t(name, slots.map((_, i) => marker(i)))
    .split(/\u0001(\d)\u0002/)
    .map((part, i) => (i % 2 ? slots[Number(part)] : part))
    .filter((part) => part !== '');
}

/** A count's message (`base_<category>`), the count drawn by `count` from its formatted text, more slots as $2, $3…. */
export function tPluralSlots(base: string, value: number, count: (formatted: string) => ComponentChild, slots: ComponentChild[] = []): ComponentChild[] {
  return tSlots(pluralName(base, value), [count(formatNumber(value)), ...slots]);
}
