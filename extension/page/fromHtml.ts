/** Turns an HTML document into the engine's input: its text (with headline) and its declared date. */
import type { PageInput } from '../engine/types';
import { publishedDate } from './publishedDate';
import { readPage } from './readPage';

export function pageInputFromDocument(doc: Document, url?: string): PageInput {
  const page = readPage(doc);
  return { text: page.text, published: publishedDate(doc, url), hasHeadline: page.hasHeadline, sections: page.sections };
}

/** A .txt page: first line the headline, then paragraphs. */
export function pageInputFromText(text: string): PageInput {
  return { text: text.replace(/\r\n?/g, '\n'), published: null, hasHeadline: true };
}
