// `npm run package`: builds, then zips dist/firefox and dist/chrome into web-ext-artifacts/
// (whosaid-firefox-<version>.zip, whosaid-chrome-<version>.zip) with `web-ext build`.
// Never signs or uploads anything.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run(process.execPath, [join(root, "scripts", "build.mjs")]);
const { version } = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
const webExt = join(root, "node_modules", ".bin", "web-ext");
for (const target of ["firefox", "chrome"]) {
  run(webExt, [
    "build",
    "--source-dir", join(root, "dist", target),
    "--artifacts-dir", join(root, "web-ext-artifacts"),
    "--filename", `whosaid-${target}-${version}.zip`,
    "--overwrite-dest",
    "--no-config-discovery",
  ]);
}
console.log(`Packages in web-ext-artifacts/: whosaid-firefox-${version}.zip, whosaid-chrome-${version}.zip`);
