#!/usr/bin/env node
// Thin launcher: the CLI is bundled by `npm run build` into dist/cli/whosaid.mjs.
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";

const cli = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "cli", "whosaid.mjs");
if (!existsSync(cli)) {
  process.stderr.write("whosaid: not built yet; run `npm run build` first\n");
  process.exit(2);
}
await import(pathToFileURL(cli).href);
