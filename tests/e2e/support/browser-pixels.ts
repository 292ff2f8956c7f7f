import type { Page } from "playwright-core";

export interface PixelStats {
  /** Distinct colours among the sampled pixels (quantised to 4 bits a channel). */
  colours: number;
  /** Standard deviation of the luminance: near zero for a blank or uniform picture. */
  spread: number;
}

/**
 * Samples a region of what the page really shows: a screenshot of the region, decoded inside the page
 * (Image + 2D canvas, no PNG library needed) and reduced to a few numbers.
 */
export async function pixelStats(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<PixelStats> {
  const png = (await page.screenshot({ clip })).toString("base64");
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    const colours = new Set<number>();
    const lums: number[] = [];
    for (let i = 0; i < pixels.length; i += 4 * 7) {
      const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
      colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
      lums.push(0.2126 * r + 0.7152 * g + 0.0722 * b);
    }
    const mean = lums.reduce((s, v) => s + v, 0) / lums.length;
    const spread = Math.sqrt(lums.reduce((s, v) => s + (v - mean) ** 2, 0) / lums.length);
    return { colours: colours.size, spread };
  }, png);
}
