/**
 * A chart as a PNG: its SVG, with the computed styles inlined (the page's CSS does not travel
 * with a serialised SVG), drawn onto a canvas under the chart's title, at twice the pixel density.
 */

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

/** A standalone copy of `svg` whose look no longer depends on the page's stylesheets. */
export function standaloneSvg(svg: SVGSVGElement): {
  markup: string;
  width: number;
  height: number;
} {
  const rect = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(rect.width || Number(svg.getAttribute('width')) || 600));
  const height = Math.max(1, Math.round(rect.height || Number(svg.getAttribute('height')) || 300));
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const source = [svg, ...svg.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const copy = target[i];
    if (!copy) return;
    const computed = getComputedStyle(el);
    const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
    copy.setAttribute('style', style);
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The chart image could not be drawn.'));
    img.src = src;
  });
}

export interface PngOptions {
  title: string;
  subtitle?: string;
  background: string;
  textColor: string;
  mutedColor: string;
  fontFamily: string;
  /** The root font size in px, so the title scales like the page. */
  fontSize: number;
  scale?: number;
}

export async function chartToPng(svg: SVGSVGElement, options: PngOptions): Promise<Blob> {
  const { markup, width, height } = standaloneSvg(svg);
  const scale = options.scale ?? 2;
  const pad = Math.round(options.fontSize);
  const titleSize = Math.round(options.fontSize * 1.15);
  const subSize = Math.round(options.fontSize * 0.8);
  const header = pad + titleSize + (options.subtitle ? subSize + 6 : 0) + pad / 2;
  const canvas = document.createElement('canvas');
  canvas.width = (width + pad * 2) * scale;
  canvas.height = (height + header + pad) * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas is not available.');
  ctx.scale(scale, scale);
  ctx.fillStyle = options.background;
  ctx.fillRect(0, 0, width + pad * 2, height + header + pad);
  ctx.textBaseline = 'top';
  ctx.fillStyle = options.textColor;
  ctx.font = `600 ${titleSize}px ${options.fontFamily}`;
  ctx.fillText(options.title, pad, pad, width);
  if (options.subtitle) {
    ctx.fillStyle = options.mutedColor;
    ctx.font = `${subSize}px ${options.fontFamily}`;
    ctx.fillText(options.subtitle, pad, pad + titleSize + 6, width);
  }
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`);
  ctx.drawImage(image, pad, header, width, height);
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))),
      'image/png',
    );
  });
}
