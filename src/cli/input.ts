// Turns a command-line input (file, URL, "-") into the text the engine analyses, or a one-line
// InputError saying why it cannot. Never throws anything else and never prints.
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { PageSignals } from "../core/gate";
import { decodeHtml, htmlToArticle } from "./html";

export class InputError extends Error {}

export type Loaded = {
  input: string;
  title: string;
  text: string;
  kind: "text" | "html";
  /** for a page: what its markup says about itself, for the page gate (src/core/gate.ts) */
  page?: PageSignals;
};
export type LoadOptions = { as: "auto" | "html" | "text"; force: boolean; maxBytes: number };

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 1)} MB`;
const tooBig = (size: number, max: number): InputError =>
  new InputError(`input too large (${mb(size)}, limit ${mb(max)}; raise it with --max-mb)`);

/** Decode bytes that must be text: UTF-8 (BOMs honoured), refusing binary and invalid UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  // A NUL byte never occurs in text we could analyse; it is the cheapest binary tell.
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new InputError("looks like a binary file, not text");
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`not valid UTF-8 text (first bad byte at offset ${firstBadUtf8(bytes)})`);
  }
}

function firstBadUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i] as number;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length;
}

const looksHtml = (bytes: Uint8Array): boolean =>
  /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>])/i.test(
    new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, ""),
  );

function fromBytes(input: string, bytes: Uint8Array, isHtml: boolean, opts: LoadOptions, url?: string): Loaded {
  if (bytes.length > opts.maxBytes) throw tooBig(bytes.length, opts.maxBytes);
  if (!isHtml) return { input, title: "", text: decodeText(bytes), kind: "text" };
  if (bytes.subarray(0, 8192).includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe)) {
    throw new InputError("looks like a binary file, not HTML");
  }
  const html = decodeHtml(bytes);
  if (html.trim() === "") return { input, title: "", text: "", kind: "html" };
  // The content script's own extraction; whether the page is a news article is the gate's call,
  // made on the analysis (src/core/gate.ts), so the CLI and the extension judge a page alike.
  const article = htmlToArticle(html, url);
  if (!article) throw new InputError("not an article (the page holds no readable text)");
  return { input, title: article.title, text: article.text, kind: "html", page: article.page };
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > maxBytes) throw tooBig(size, maxBytes);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

function describeFsError(e: unknown): string {
  const code = (e as { code?: string }).code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    default:
      return (e as Error).message ?? String(e);
  }
}

async function fetchUrl(url: string, opts: LoadOptions): Promise<Loaded> {
  let res: Response;
  try {
    res = await fetch(url, {
      redirect: "follow",
      signal: AbortSignal.timeout(20_000),
      headers: { "user-agent": "whosaid-cli (reads one article on request)", accept: "text/html,text/plain;q=0.9,*/*;q=0.5" },
    });
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const why = (e as Error).name === "TimeoutError" ? "timed out after 20 s" : (cause?.code ?? cause?.message ?? (e as Error).message);
    throw new InputError(`cannot fetch (${why}); are you offline?`);
  }
  if (!res.ok) throw new InputError(`cannot fetch: HTTP ${res.status} ${res.statusText}`.trim());
  const declared = Number(res.headers.get("content-length") ?? "0");
  if (declared > opts.maxBytes) throw tooBig(declared, opts.maxBytes);
  // Read the body in chunks so a server that sends no length cannot make us buffer unbounded data.
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (res.body) {
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > opts.maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooBig(size, opts.maxBytes);
      }
      chunks.push(value);
    }
  }
  const bytes = Buffer.concat(chunks);
  const type = (res.headers.get("content-type") ?? "").toLowerCase();
  const isHtml = opts.as === "html" || (opts.as === "auto" && (/html|xml/.test(type) || (!type.startsWith("text/plain") && looksHtml(bytes))));
  return fromBytes(url, bytes, isHtml, opts, res.url || url);
}

/** Load one input. Throws InputError (one line, no stack) for anything the user must fix. */
export async function load(input: string, opts: LoadOptions): Promise<Loaded> {
  if (/^https?:\/\//i.test(input)) return fetchUrl(input, opts);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) throw new InputError("only http(s) URLs can be fetched");
  let bytes: Uint8Array;
  if (input === "-") {
    if (process.stdin.isTTY) throw new InputError("reading stdin, but it is a terminal; pipe text in or give a file");
    bytes = await readStdin(opts.maxBytes);
  } else {
    try {
      const st = await stat(input);
      if (st.isDirectory()) throw new InputError("is a directory");
      if (st.size > opts.maxBytes) throw tooBig(st.size, opts.maxBytes);
      bytes = await readFile(input);
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(describeFsError(e));
    }
  }
  const ext = input === "-" ? "" : extname(input).toLowerCase();
  const isHtml =
    opts.as === "html" || (opts.as === "auto" && (ext === ".html" || ext === ".htm" || ext === ".xhtml" || (ext !== ".txt" && looksHtml(bytes))));
  return fromBytes(input === "-" ? "stdin" : input, bytes, isHtml, opts);
}
