import type { EventSource } from '../event';
import { decodeEntities, htmlToLine, htmlToText } from './htmlToText';

/** A TimelineJS slide's media, as its JSON object or its sheet's Media columns give it. */
export interface TimelineMedia {
  url?: unknown;
  credit?: unknown;
  caption?: unknown;
}

/**
 * A TimelineJS slide's media as the event's source: the credit (reduced to text) is its title
 * and the media URL its link. Protocol-relative links ("//host/…") become https. A media "URL"
 * that is a quotation (`<blockquote>…</blockquote>`, as TimelineJS allows) becomes the quote;
 * other embedded markup gives up its first http(s) link. Links that are not http(s) (a relative
 * path, `javascript:`) are passed on for the validator to report and show as text.
 */
export function timelineSource(media: TimelineMedia | undefined): EventSource | null {
  if (!media) return null;
  const raw = typeof media.url === 'string' ? media.url.trim() : '';
  const credit = typeof media.credit === 'string' ? media.credit : '';
  let url: string | undefined;
  let quote: string | undefined;
  let cited = '';
  if (raw.startsWith('<')) {
    if (/^<blockquote\b/i.test(raw)) {
      // <cite> inside a quotation names who said it: the source's title when there is no credit.
      const cite = /<cite\b[^>]*>([\s\S]*?)<\/cite>/i.exec(raw);
      cited = cite ? htmlToLine(cite[1]!) : '';
      quote = htmlToText(cite ? raw.replace(cite[0], '') : raw) || undefined;
    } else url = firstLink(raw);
  } else if (raw) {
    url = raw.startsWith('//') ? `https:${raw}` : raw;
  }
  url ??= firstLink(credit);
  const title =
    htmlToLine(credit) ||
    cited ||
    (typeof media.caption === 'string' ? htmlToLine(media.caption) : '') ||
    (url ? hostOf(url) : '') ||
    (quote ? 'Quotation' : '');
  if (!title) return null;
  return { title, ...(url ? { url } : {}), ...(quote ? { quote } : {}) };
}

/** The first http(s) link in an attribute of some markup (an iframe's src, a credit's href). */
function firstLink(html: string): string | undefined {
  const match = /\b(?:src|href)\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/i.exec(html);
  if (!match) return undefined;
  const link = decodeEntities(match[1]!);
  return link.startsWith('//') ? `https:${link}` : link;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}
