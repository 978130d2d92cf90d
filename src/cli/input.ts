// Turns a command-line input (file, URL, "-") into the text the engine analyses, or a one-line
// InputError saying why it cannot. Never throws anything else and never prints.
import { lookup } from "node:dns/promises";
import { readFile, stat } from "node:fs/promises";
import { isIP } from "node:net";
import { extname } from "node:path";
import type { PageSignals } from "../core/gate";
import { WINDOWS_1252_LABELS, decodeHtml, decodeWindows1252, htmlToArticle } from "./html";

export class InputError extends Error {}

export type Loaded = {
  input: string;
  title: string;
  text: string;
  kind: "text" | "html";
  /** for a page: what its markup says about itself, for the page gate (src/core/gate.ts) */
  page?: PageSignals;
};
export type LoadOptions = { as: "auto" | "html" | "text"; force: boolean; maxBytes: number; timeoutS?: number };

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 1)} MB`;
const tooBig = (size: number, max: number): InputError =>
  new InputError(`input too large (${mb(size)}, limit ${mb(max)}; raise it with --max-mb)`);

/**
 * Decode bytes that must be text: UTF-8 (BOMs honoured), refusing binary and invalid UTF-8; or the
 * charset the server declared (Content-Type), when it is not UTF-8.
 */
export function decodeText(bytes: Uint8Array, charset?: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  const declared = decoderFor(charset);
  if (declared && !(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) {
    if (bytes.subarray(0, 8192).includes(0)) throw new InputError("looks like a binary file, not text");
    return declared.decode(bytes);
  }
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

type Decoder = { decode(bytes: Uint8Array): string };

/** A decoder for a declared charset other than UTF-8 (null for UTF-8, none, or one unknown here). */
function decoderFor(charset: string | undefined): Decoder | null {
  const label = (charset ?? "").trim().toLowerCase();
  if (!label || label === "utf-8" || label === "utf8") return null;
  // windows-1252 by hand, as the web reads it (Node without full ICU maps 0x80-0x9f to controls)
  if (WINDOWS_1252_LABELS.has(label)) return { decode: decodeWindows1252 };
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/** The charset parameter of a Content-Type header ("" when there is none). */
export function charsetOf(contentType: string): string {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? "";
}

function fromBytes(input: string, bytes: Uint8Array, isHtml: boolean, opts: LoadOptions, url?: string, charset?: string): Loaded {
  if (bytes.length > opts.maxBytes) throw tooBig(bytes.length, opts.maxBytes);
  if (!isHtml) return { input, title: "", text: decodeText(bytes, charset), kind: "text" };
  if (bytes.subarray(0, 8192).includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe)) {
    throw new InputError("looks like a binary file, not HTML");
  }
  // the HTTP charset ranks above a <meta charset> (a BOM above both), as browsers read it
  const fromHeader = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe ? null : decoderFor(charset);
  const html = fromHeader ? fromHeader.decode(bytes) : decodeHtml(bytes);
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

/** Loopback, private, link-local and other non-public addresses (IPv4 and IPv6). */
export function isPrivateAddress(ip: string): boolean {
  const v4 = /^(?:::ffff:)?(\d+)\.(\d+)\.(\d+)\.(\d+)$/i.exec(ip);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b < 128) || (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b < 32) || (a === 192 && b === 168) || (a === 198 && (b === 18 || b === 19)) || a >= 224;
  }
  const v6 = ip.toLowerCase();
  return v6 === "::" || v6 === "::1" || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6) || /^ff/.test(v6);
}

/** Whether a host is, or resolves to, a non-public address (an unresolvable host is not). */
async function isPrivateHost(hostname: string): Promise<boolean> {
  const host = hostname.replace(/^\[|\]$/g, "");
  if (isIP(host)) return isPrivateAddress(host);
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  try {
    return (await lookup(host, { all: true })).some((a) => isPrivateAddress(a.address));
  } catch {
    return false;
  }
}

const MAX_REDIRECTS = 10;

async function fetchUrl(url: string, opts: LoadOptions): Promise<Loaded> {
  let res: Response;
  const TIMEOUT_S = opts.timeoutS ?? 20;
  const signal = AbortSignal.timeout(TIMEOUT_S * 1000);
  const timedOut = (e: unknown): boolean => (e as Error)?.name === "TimeoutError" || signal.aborted;
  let at = new URL(url);
  // Redirects are followed by hand: one that leads from the host asked for to a loopback or
  // private address (a cloud metadata service, a router, a local admin page) is refused, so the
  // CLI wrapped in a service cannot be steered into the network it runs in.
  for (let hop = 0; ; hop++) {
    try {
      res = await fetch(at, {
        redirect: "manual",
        signal,
        headers: { "user-agent": "whosaid-cli (reads one article on request)", accept: "text/html,text/plain;q=0.9,*/*;q=0.5" },
      });
    } catch (e) {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      const why = timedOut(e) ? `timed out after ${TIMEOUT_S} s` : (cause?.code ?? cause?.message ?? (e as Error).message);
      throw new InputError(`cannot fetch (${why}); are you offline?`);
    }
    const location = res.status >= 300 && res.status < 400 ? res.headers.get("location") : null;
    if (location === null) break;
    await res.body?.cancel().catch(() => undefined);
    if (hop >= MAX_REDIRECTS) throw new InputError("cannot fetch: redirect count exceeded");
    let next: URL;
    try {
      next = new URL(location, at);
    } catch {
      throw new InputError("cannot fetch: the server redirected to an invalid address");
    }
    if (next.protocol !== "http:" && next.protocol !== "https:") throw new InputError(`cannot fetch: redirect to a ${next.protocol} URL refused`);
    if (next.hostname !== at.hostname && (await isPrivateHost(next.hostname))) {
      throw new InputError(`cannot fetch: redirect to a private or loopback address refused (${next.host})`);
    }
    at = next;
  }
  if (!res.ok) throw new InputError(`cannot fetch: HTTP ${res.status} ${res.statusText}`.trim());
  const declared = Number(res.headers.get("content-length") ?? "0");
  if (declared > opts.maxBytes) throw tooBig(declared, opts.maxBytes);
  // Read the body in chunks so a server that sends no length cannot make us buffer unbounded data.
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (res.body) {
    const reader = res.body.getReader();
    try {
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
    } catch (e) {
      if (e instanceof InputError) throw e;
      const why = timedOut(e) ? `timed out after ${TIMEOUT_S} s while downloading the page` : `the connection failed while downloading the page (${(e as Error)?.message ?? String(e)})`;
      throw new InputError(`cannot fetch: ${why}`);
    }
  }
  const bytes = Buffer.concat(chunks);
  const type = (res.headers.get("content-type") ?? "").toLowerCase();
  const isHtml = opts.as === "html" || (opts.as === "auto" && (/html|xml/.test(type) || (!type.startsWith("text/plain") && looksHtml(bytes))));
  return fromBytes(url, bytes, isHtml, opts, at.href, charsetOf(type));
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
