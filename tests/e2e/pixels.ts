/**
 * Whether a mark is visible, not only registered: the share of clearly red pixels over the contradicted
 * figure in a screenshot. Works with Playwright's and Puppeteer's pages alike (string expressions).
 */
import { MARK_PAINT } from '../../extension/ui/markStyles';

const CONTRADICTED_BACKGROUND = /background-color: ([^;]+);/.exec(MARK_PAINT.contradicted)![1];

/**
 * In the page: the box of the contradicted figure's mark, left part only (its badge sits at its right end).
 * Our highlight names change with every page load: the contradicted one is the one painting its red.
 */
export const CONTRADICTED_BOX = `(() => {
  let range = null;
  CSS.highlights.forEach((highlight, name) => {
    const first = [...highlight][0];
    const holder = (first && first.startContainer.parentElement) || document.documentElement;
    if (getComputedStyle(holder, '::highlight(' + name + ')').backgroundColor === ${JSON.stringify(CONTRADICTED_BACKGROUND)}) range = first;
  });
  if (!range) return null;
  const box = range.getBoundingClientRect();
  return { x: box.left, y: box.top, width: Math.max(1, box.width * 0.6), height: box.height };
})()`;

/** In the page: decodes a PNG and returns the share of its pixels whose red exceeds green by 30 or more. */
export const redShare = (pngBase64: string) => `(async () => {
  const image = new Image();
  image.src = 'data:image/png;base64,${pngBase64}';
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height;
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  let red = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] - data[i + 1] >= 30) red++;
  return red / (data.length / 4);
})()`;
