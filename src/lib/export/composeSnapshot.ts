/**
 * Draws what the user sees in a region (its SVG layers, canvases and map markers) onto a canvas,
 * at the region's own coordinates. It reads the rendered DOM rather than the state so that the
 * image is exactly the view on screen, whichever renderer (SVG or canvas) drew each part.
 */
export async function drawRegion(
  region: Element,
  context: CanvasRenderingContext2D,
  x: number,
  y: number,
): Promise<void> {
  const origin = region.getBoundingClientRect();
  context.save();
  context.beginPath();
  context.rect(x, y, origin.width, origin.height);
  context.clip();
  // The map's sea is its container's background.
  for (const container of region.querySelectorAll('.leaflet-container')) {
    const rect = container.getBoundingClientRect();
    context.fillStyle = getComputedStyle(container).backgroundColor;
    context.fillRect(
      x + rect.left - origin.left,
      y + rect.top - origin.top,
      rect.width,
      rect.height,
    );
  }
  // Leaflet stacks its panes by z-index, not by DOM order: draw in the order the eye sees.
  const layers = [...region.querySelectorAll('svg, canvas, .dl-marker')]
    .map((element, order) => ({ element, order, z: stackingPath(element, region) }))
    .sort((a, b) => compareStacking(a.z, b.z) || a.order - b.order)
    .map(({ element }) => element);
  for (const element of layers) {
    if (element.parentElement?.closest('svg')) continue; // nested svg: drawn with its root
    const rect = element.getBoundingClientRect();
    if (!isShown(element, rect)) continue;
    const left = x + rect.left - origin.left;
    const top = y + rect.top - origin.top;
    if (element instanceof HTMLCanvasElement) {
      context.drawImage(element, left, top, rect.width, rect.height);
    } else if (element instanceof SVGSVGElement) {
      context.drawImage(await svgImage(element, rect), left, top, rect.width, rect.height);
    } else {
      drawMarker(context, element as HTMLElement, left, top, rect);
    }
  }
  context.restore();
}

/** The z-indices from the region down to the element (outermost first): its place in the stack. */
function stackingPath(element: Element, region: Element): number[] {
  const path: number[] = [];
  for (let node: Element | null = element; node && node !== region; node = node.parentElement) {
    const z = getComputedStyle(node).zIndex;
    if (z !== 'auto') path.unshift(Number(z) || 0);
  }
  return path;
}

function compareStacking(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

function isShown(element: Element, rect: DOMRect): boolean {
  if (rect.width === 0 || rect.height === 0) return false;
  const style = getComputedStyle(element);
  return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
}

/** The properties that make an SVG look as it does; CSS variables resolve through the computed style. */
const SVG_STYLE = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'display',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'color',
  'stop-color',
  'stop-opacity',
  'mask',
];

/** An image of the SVG with its computed styles inlined, so it renders without the page's CSS. */
function svgImage(svg: SVGSVGElement, rect: DOMRect): Promise<HTMLImageElement> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...svg.querySelectorAll('*')];
  const targets = [clone, ...clone.querySelectorAll('*')];
  sources.forEach((source, i) => {
    const target = targets[i] as SVGElement | undefined;
    if (!target) return;
    const computed = getComputedStyle(source);
    const style = SVG_STYLE.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';');
    target.setAttribute('style', style);
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(rect.width));
  clone.setAttribute('height', String(rect.height));
  if (!clone.hasAttribute('viewBox'))
    clone.setAttribute('viewBox', `0 0 ${rect.width} ${rect.height}`);
  const text = new XMLSerializer().serializeToString(clone);
  const image = new Image();
  image.width = rect.width;
  image.height = rect.height;
  return new Promise((resolve, reject) => {
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('An SVG layer could not be drawn'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  });
}

function drawMarker(
  context: CanvasRenderingContext2D,
  element: HTMLElement,
  left: number,
  top: number,
  rect: DOMRect,
): void {
  const style = getComputedStyle(element);
  const radius = Math.min(rect.width, rect.height) / 2;
  context.save();
  context.globalAlpha = Number(style.opacity);
  context.beginPath();
  context.arc(left + rect.width / 2, top + rect.height / 2, radius, 0, 2 * Math.PI);
  context.fillStyle = style.borderTopColor;
  context.fill();
  context.beginPath();
  const border = parseFloat(style.borderTopWidth) || 0;
  context.arc(
    left + rect.width / 2,
    top + rect.height / 2,
    Math.max(radius - border, 1),
    0,
    2 * Math.PI,
  );
  context.fillStyle = style.backgroundColor;
  context.fill();
  context.restore();
}
