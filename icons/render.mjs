// Renders icons/icon.svg to the PNG sizes the stores and browsers want (16, 32, 48, 96, 128),
// by screenshotting it in headless Debian Chromium. The PNGs are committed; run this only after
// editing the SVG: `node icons/render.mjs`. It never touches anything outside icons/.
import { chromium } from "playwright-core";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const svg = readFileSync(join(here, "icon.svg"), "utf8");
const sizes = [16, 32, 48, 96, 128];

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--force-color-profile=srgb"],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    const dataUrl = "data:image/svg+xml;base64," + Buffer.from(svg).toString("base64");
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.waitForFunction(() => document.images[0]?.complete);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(join(here, `icon-${size}.png`), png);
    console.log(`icons/icon-${size}.png ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
