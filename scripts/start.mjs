// `npm start [-- --target chromium]`: build, serve the demo article on 127.0.0.1, and open it in
// Firefox (default) or Chromium with the extension installed, through `web-ext run`.
// Without a display it never tries to start a browser: it says so, explains how to load dist/ by hand, and exits 0.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./serve.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const at = argv.indexOf("--target");
const target = argv.find((a) => a.startsWith("--target="))?.slice(9) ?? (at >= 0 ? argv[at + 1] : "firefox");
if (target !== "firefox" && target !== "chromium") {
  console.error(`Unknown --target "${target}": use firefox (default) or chromium.`);
  process.exit(2);
}

const built = spawnSync(process.execPath, [join(root, "scripts", "build.mjs")], { stdio: "inherit" });
if (built.status !== 0) process.exit(built.status ?? 1);

const dist = join(root, "dist", target === "firefox" ? "firefox" : "chrome");
const byHand = `
Load it by hand:
  Firefox:  open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…"
            and pick ${join(root, "dist", "firefox", "manifest.json")}
  Chromium: open chrome://extensions, switch on "Developer mode", click "Load unpacked"
            and pick the folder ${join(root, "dist", "chrome")}
Then open the demo article: run \`npm run serve\` and visit the URL it prints.`;

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`
No display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser window can be opened.
The extension is built in ${dist}.${byHand}`);
  process.exit(0);
}

const binary =
  target === "firefox"
    ? (process.env.WHOSAID_FIREFOX ?? ["/usr/bin/firefox-esr", "/usr/bin/firefox"].find(existsSync))
    : (process.env.WHOSAID_CHROMIUM ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find(existsSync));

const server = await serve(Number(process.env.PORT ?? 0));
console.log(`Demo article: ${server.demoUrl}`);

const webExt = join(root, "node_modules", ".bin", "web-ext");
const args = ["run", "--source-dir", dist, "--start-url", server.demoUrl, "--no-input"];
if (target === "chromium") {
  args.push("--target", "chromium");
  if (binary) args.push("--chromium-binary", binary);
  // Chromium refuses to start as root with its sandbox on (containers, CI boxes).
  if (process.getuid?.() === 0) args.push("--args=--no-sandbox");
} else if (binary) {
  args.push("--firefox", binary);
}
const child = spawn(webExt, args, { stdio: "inherit" });
let stopping = false;
const stop = () => {
  stopping = true;
  child.kill("SIGINT");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
child.on("exit", async (code) => {
  await server.close();
  // Ctrl-C is the normal way out; only a browser that failed on its own needs the manual route.
  if (stopping) process.exit(0);
  if (code) console.log(`web-ext exited with ${code}.${byHand}`);
  process.exit(code ?? 0);
});
