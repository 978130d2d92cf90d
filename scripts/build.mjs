// Builds dist/firefox and dist/chrome (unpacked extensions, one manifest variant each) and
// dist/cli (the `whosaid` command for Node). Content script and background are single classic
// scripts (IIFE), never ES-module chunk graphs, so both browsers load them as plain scripts.
import { build } from "esbuild";
import { supported } from "./esbuild-supported.mjs";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const args = new Set(process.argv.slice(2));
const dev = args.has("--dev");

/** Derive a browser's manifest from the one source manifest. */
export function manifestFor(target, source) {
  const m = structuredClone(source);
  if (target === "chrome") {
    m.background = { service_worker: source.background.service_worker };
    delete m.browser_specific_settings;
  } else {
    m.background = { scripts: source.background.scripts };
  }
  return m;
}

/**
 * Whosaid never renders HTML strings, so Preact's one innerHTML sink (dangerouslySetInnerHTML) is
 * replaced by a throw: page text can never become markup in our UI, and web-ext lint (which flags
 * the sink, UNSAFE_VAR_ASSIGNMENT) stays clean. Fails the build if a Preact upgrade moves the sink.
 */
const noInnerHtml = {
  name: "no-innerhtml-sink",
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/ }, (args) => {
      const code = readFileSync(args.path, "utf8");
      const sink = /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g;
      const n = code.match(sink)?.length ?? 0;
      if (n !== 1) throw new Error(`preact: expected 1 innerHTML sink, found ${n}; update scripts/build.mjs`);
      const patched = code.replace(sink, '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in Whosaid")})()');
      return { contents: patched, loader: "js" };
    });
  },
};

/**
 * Readability assigns innerHTML twice (restoring its page cache, unwrapping <noscript> images).
 * We route both through an inert DOMParser document and adopt the nodes, which parses the same
 * markup without an innerHTML sink in our bundle (web-ext lint flags them, UNSAFE_VAR_ASSIGNMENT).
 * Fails the build if a Readability upgrade changes those lines.
 */
const readabilityInnerHtml = {
  name: "readability-innerhtml",
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/ }, (args) => {
      let code = readFileSync(args.path, "utf8");
      const sinks = ["page.innerHTML = pageCacheHtml;", "tmp.innerHTML = noscript.innerHTML;"];
      for (const sink of sinks) {
        if (code.split(sink).length !== 2) throw new Error(`Readability: sink "${sink}" not found once; update scripts/build.mjs`);
        const [target, html] = sink.slice(0, -1).split(".innerHTML = ");
        code = code.replace(sink, `__whosaidSetHtml(${target}, ${html});`);
      }
      const left = code.match(/\.innerHTML\s*=[^=]/g)?.length ?? 0;
      if (left) throw new Error(`Readability: ${left} innerHTML assignment(s) left; update scripts/build.mjs`);
      code += `
function __whosaidSetHtml(el, html) {
  var doc = new DOMParser().parseFromString("<!doctype html><body>" + html, "text/html");
  var owner = el.ownerDocument;
  el.replaceChildren.apply(el, Array.from(doc.body.childNodes, function (n) { return owner.importNode(n, true); }));
}
`;
      return { contents: code, loader: "js" };
    });
  },
};

const entries = {
  content: "src/content/index.ts",
  background: "src/background/index.ts",
  popup: "src/popup/index.tsx",
  options: "src/options/index.tsx",
  readingreport: "src/readingreport/index.tsx",
};

async function buildExtension(target) {
  const out = join(dist, target);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const present = Object.fromEntries(
    Object.entries(entries).filter(([, p]) => existsSync(join(root, p))),
  );
  await build({
    absWorkingDir: root,
    entryPoints: present,
    outdir: out,
    bundle: true,
    format: "iife",
    target: ["chrome120", "firefox128"],
    supported,
    minify: !dev,
    sourcemap: dev ? "inline" : false,
    legalComments: "none",
    jsx: "automatic",
    jsxImportSource: "preact",
    define: { "process.env.NODE_ENV": dev ? '"development"' : '"production"', __TARGET__: JSON.stringify(target) },
    logLevel: "warning",
    plugins: [noInnerHtml, readabilityInnerHtml],
  });
  const source = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
  writeFileSync(join(out, "manifest.json"), JSON.stringify(manifestFor(target, source), null, 2));
  cpSync(join(root, "icons"), join(out, "icons"), {
    recursive: true,
    // Only the rendered PNGs ship; the SVG source and its render script stay in the repo.
    filter: (p) => !/\.[a-z0-9]+$/i.test(p) || p.endsWith(".png"),
  });
  for (const page of ["popup", "options", "readingreport", "onboarding"]) {
    const html = join(root, "src", page, `${page}.html`);
    if (existsSync(html)) cpSync(html, join(out, `${page}.html`));
    const css = join(root, "src", page, `${page}.css`);
    if (existsSync(css)) cpSync(css, join(out, `${page}.css`));
  }
}

async function buildCli() {
  const out = join(dist, "cli");
  rmSync(out, { recursive: true, force: true });
  if (!existsSync(join(root, "src/cli/index.ts"))) return;
  await build({
    absWorkingDir: root,
    entryPoints: { whosaid: "src/cli/index.ts" },
    outdir: out,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    supported,
    // linkedom and Readability stay external: real node_modules packages, loaded only for .html.
    packages: "external",
    outExtension: { ".js": ".mjs" },
    logLevel: "warning",
  });
}

const only = [...args].find((a) => a.startsWith("--only="))?.slice(7);
if (!only || only === "cli") await buildCli();
for (const target of ["firefox", "chrome"]) if (!only || only === target) await buildExtension(target);
console.log(`built ${only ?? "cli, firefox, chrome"} into dist/`);
