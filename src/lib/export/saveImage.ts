import { drawRegion } from './composeSnapshot';

export interface SnapshotText {
  title: string;
  /** e.g. "9 January 2017 – 18 August 2019 · 8 of 8 events" */
  subtitle: string;
  link: string;
}

const PAD = 16;
const TITLE_HEIGHT = 56;
const FOOTER_HEIGHT = 28;

/**
 * A PNG of the map above the timeline, with a title and the date range on top and the share
 * link in the corner: for reports and slides, made in the browser.
 */
export async function snapshotPng(
  map: Element,
  timeline: Element,
  text: SnapshotText,
  pixelRatio = Math.min(2, window.devicePixelRatio || 1),
): Promise<Blob> {
  const mapBox = map.getBoundingClientRect();
  const timelineBox = timeline.getBoundingClientRect();
  const width = Math.max(mapBox.width, timelineBox.width) + 2 * PAD;
  const height = TITLE_HEIGHT + mapBox.height + timelineBox.height + FOOTER_HEIGHT + PAD;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * pixelRatio);
  canvas.height = Math.round(height * pixelRatio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw images');
  context.scale(pixelRatio, pixelRatio);

  const css = getComputedStyle(document.documentElement);
  const color = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const font = color('--font', 'sans-serif');
  context.fillStyle = color('--surface', '#fff');
  context.fillRect(0, 0, width, height);

  context.fillStyle = color('--text', '#111');
  context.font = `600 18px ${font}`;
  context.textBaseline = 'alphabetic';
  context.fillText(text.title, PAD, 26, width - 2 * PAD);
  context.fillStyle = color('--muted', '#555');
  context.font = `13px ${font}`;
  context.fillText(text.subtitle, PAD, 46, width - 2 * PAD);

  // The map is the narrower of the two on a wide screen: centred above the timeline.
  await drawRegion(map, context, (width - mapBox.width) / 2, TITLE_HEIGHT);
  await drawRegion(timeline, context, PAD, TITLE_HEIGHT + mapBox.height);

  context.font = `11px ${font}`;
  context.fillStyle = color('--muted', '#555');
  context.textAlign = 'right';
  context.fillText(text.link, width - PAD, height - PAD, width - 2 * PAD);
  context.textAlign = 'left';
  context.fillText('Dateline · basemap: Natural Earth', PAD, height - PAD, width / 2);

  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be made'))),
      'image/png',
    ),
  );
}
