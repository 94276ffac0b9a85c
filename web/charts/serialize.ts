import { CHART_STYLE, SVG_NS } from './style.ts';

/** The drawing size, from the viewBox the charts set (else the width and height attributes). */
function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = box[2] ?? Number(svg.getAttribute('width'));
  const height = box[3] ?? Number(svg.getAttribute('height'));
  return { width: Number.isFinite(width) && width > 0 ? width : 640, height: Number.isFinite(height) && height > 0 ? height : 320 };
}

/**
 * The svg as a standalone SVG file. The charts already carry every colour, stroke and font as
 * attributes, so this only adds what the page supplied: the namespace, a fixed size (in the
 * page the svg is sized by CSS), a font, and a real colour wherever currentColor was used.
 */
export function svgToString(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = svgSize(svg);
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  // Layout styles such as width: 100% only make sense inside the page.
  copy.removeAttribute('style');
  if (!copy.hasAttribute('font-family')) copy.setAttribute('font-family', CHART_STYLE.fontFamily);
  if (!copy.hasAttribute('font-size')) copy.setAttribute('font-size', String(CHART_STYLE.fontSize));
  for (const element of [copy, ...copy.querySelectorAll('*')]) {
    for (const name of ['fill', 'stroke']) {
      if (element.getAttribute(name) === 'currentColor') element.setAttribute(name, CHART_STYLE.ink);
    }
  }
  return new XMLSerializer().serializeToString(copy);
}

/**
 * The svg as a PNG at `scale` times its size, on white (a PNG viewer's background may be
 * dark). Browser only: it needs image decoding and a canvas.
 */
export async function svgToPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([svgToString(svg)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = svg.ownerDocument.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas context to draw the chart into');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas gave no PNG'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
