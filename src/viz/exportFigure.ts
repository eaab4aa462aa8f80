/**
 * A page's main chart as a stand-alone picture for slides (the descent and lab pages): its
 * canvases embedded as images and every style written inline, and that SVG rasterised for a PNG.
 * The explore and backprop pages export their whole scene as vectors instead (export/sceneSvg).
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
/** PNG pixels per CSS pixel: sharp on a projector and in a slide zoomed to full screen. */
const PNG_SCALE = 2;
/** Charts smaller than this (icons, swatches) are not a page's figure. */
const MIN_FIGURE_AREA = 120 * 120;

/** The presentation properties that carry a chart's look from the style sheets into the file. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
] as const;

const area = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.width * r.height;
};

/** The figure an export shows: the network view if the page has one, else its largest chart. */
export function mainFigure(root: ParentNode = document): Element | null {
  const network = root.querySelector('main .network-view');
  if (network) return network;
  const charts = Array.from(root.querySelectorAll('main svg, main canvas')).filter(
    (el) => !(el instanceof SVGElement && el.ownerSVGElement) && area(el) >= MIN_FIGURE_AREA,
  );
  return charts.reduce<Element | null>((a, b) => (a && area(a) >= area(b) ? a : b), null);
}

/** The first opaque background behind an element (the card the figure sits on). */
function backgroundOf(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const colour = getComputedStyle(e).backgroundColor;
    if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return '#ffffff';
}

/** A copy of an SVG with its computed look written into style attributes; hidden parts dropped. */
function inlinedCopy(source: SVGSVGElement): SVGSVGElement {
  const copy = source.cloneNode(true) as SVGSVGElement;
  const from = [source, ...Array.from(source.querySelectorAll('*'))];
  const to = [copy, ...Array.from(copy.querySelectorAll('*'))];
  from.forEach((el, i) => {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') return to[i].remove();
    const inline = STYLE_PROPERTIES.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';');
    to[i].setAttribute('style', inline);
    for (const attribute of ['tabindex', 'role', 'aria-label', 'focusable']) {
      to[i].removeAttribute(attribute);
    }
  });
  return copy;
}

/** The layers a figure is drawn in, back to front: its own canvases and SVGs, or itself. */
function layersOf(figure: Element): Element[] {
  if (figure instanceof SVGSVGElement || figure instanceof HTMLCanvasElement) return [figure];
  return Array.from(figure.children).filter(
    (c) => c instanceof SVGSVGElement || c instanceof HTMLCanvasElement,
  );
}

/** The figure as one self-contained SVG document (no external references). */
export function figureSvg(figure: Element): string {
  const frame = figure.getBoundingClientRect();
  const [width, height] = [Math.round(frame.width), Math.round(frame.height)];
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', backgroundOf(figure));
  svg.append(background);
  for (const layer of layersOf(figure)) {
    const box = layer.getBoundingClientRect();
    const place = (el: Element) => {
      el.setAttribute('x', String(box.left - frame.left));
      el.setAttribute('y', String(box.top - frame.top));
      el.setAttribute('width', String(box.width));
      el.setAttribute('height', String(box.height));
    };
    if (layer instanceof HTMLCanvasElement) {
      if (layer.width === 0 || layer.height === 0) continue;
      const image = document.createElementNS(SVG_NS, 'image');
      image.setAttribute('href', layer.toDataURL('image/png'));
      image.setAttribute('preserveAspectRatio', 'none');
      place(image);
      svg.append(image);
    } else if (layer instanceof SVGSVGElement) {
      const copy = inlinedCopy(layer);
      place(copy);
      svg.append(copy);
    }
  }
  return new XMLSerializer().serializeToString(svg);
}

/** An SVG document rasterised at PNG_SCALE: the PNG of a slide scene or of a page's figure. */
export async function svgPng(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(image.width * PNG_SCALE));
    canvas.height = Math.max(1, Math.round(image.height * PNG_SCALE));
    canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The figure rasterised: its SVG drawn onto a canvas at PNG_SCALE. */
export const figurePng = (figure: Element): Promise<Blob> => svgPng(figureSvg(figure));
