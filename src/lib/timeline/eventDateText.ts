import { formatEventDate, type DatelineEvent } from '../core';

const texts = new WeakMap<DatelineEvent, string>();

/**
 * formatEventDate, once per event: a mark's name says its date, and a zoom frame can name
 * hundreds of marks, so the parse is not repeated every frame.
 */
export function eventDateText(event: DatelineEvent): string {
  let text = texts.get(event);
  if (text === undefined) texts.set(event, (text = formatEventDate(event)));
  return text;
}
