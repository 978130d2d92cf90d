// Reads a saved HTML page the way the extension reads a live one: the shared article extraction
// (src/shared/article.ts) and the shared text walk (src/shared/text-range.ts), so the CLI and the
// content script read the same text from the same page. Node-only (linkedom); it must never run
// page scripts or fetch anything.
import { parseHTML } from "linkedom";
import { parse as parseSpec, serialize } from "parse5";
import { readPage, type PageSignals } from "../shared/article";

export type ArticleText = { text: string; title: string };
export type PageArticle = ArticleText & { page: PageSignals; via: string };
export type HtmlOptions = {
  /** The CLI's --force; the page gate now judges the analysed text (src/core/gate.ts). */
  force?: boolean;
};

/**
 * linkedom is not the HTML standard's parser: a page with several <html> tags (IE conditional
 * comments around each), a line before <html>, misnested or unclosed tags would give it another
 * tree than a browser builds. parse5 is the standard's parser: its tree, serialised, is markup
 * linkedom reads into the same tree the browser has (scripts are not run, as everywhere here).
 */
function specDocument(html: string): Document {
  return parseHTML(serialize(parseSpec(html, { scriptingEnabled: true }))).document as unknown as Document;
}

/**
 * The article text of an HTML page, read with the content script's own extraction
 * (src/shared/article.ts: the same scoring, the same fallbacks, the same text walk), with what the
 * page's markup says about itself for the page gate. Null only when the page holds no text at
 * all. `url` is the page address; it only helps resolve links.
 */
export function htmlToArticle(html: string, url?: string): PageArticle | null {
  if (typeof html !== "string" || html.trim() === "") return null;
  let document: Document;
  try {
    // linkedom parses without executing scripts or loading subresources.
    document = specDocument(html);
  } catch {
    return null;
  }
  if (url) {
    try {
      const base = document.createElement("base");
      base.setAttribute("href", url);
      document.head?.prepend(base);
    } catch {
      // A page without a head still parses; links just stay relative.
    }
  }
  const read = readPage(document);
  if (!read || !read.text.trim()) return null;
  return { text: read.text, title: (document.title ?? "").trim(), page: read.page, via: read.article.via };
}

/**
 * The article text of an HTML page, or null when the page holds no readable text. Kept for
 * callers that only want the text; `force` is accepted for compatibility and changes nothing
 * (the gate now judges the text, see src/core/gate.ts).
 */
export function htmlToArticleText(html: string, url?: string, _opts: HtmlOptions = {}): ArticleText | null {
  const a = htmlToArticle(html, url);
  return a ? { text: a.text, title: a.title } : null;
}

/** The charset a page declares (<meta charset>, http-equiv), looked for in its first bytes. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

// WHATWG Encoding maps all of these labels to windows-1252. Node 20's TextDecoder decodes them as
// ISO-8859-1, turning curly quotes (0x93/0x94) into C1 controls, so the 0x80-0x9F row is done here.
const WINDOWS_1252_LABELS = new Set(["windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp819", "ibm819", "iso-ir-100", "iso_8859-1"]);
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    let s = "";
    for (const b of chunk) s += b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] as string) : String.fromCharCode(b);
    parts.push(s);
  }
  return parts.join("");
}

/**
 * The charset a browser uses for a page served without one in its HTTP header: a BOM, then a
 * charset declared in the page, then UTF-8 when the bytes are valid UTF-8, else windows-1252 (the
 * web's legacy default). The test server sends the same in its header, so browser and CLI agree.
 */
export function pageCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const declared = declaredCharset(bytes);
  if (declared && WINDOWS_1252_LABELS.has(declared)) return "windows-1252";
  if (declared && declared !== "utf8") {
    try {
      new TextDecoder(declared);
      return declared;
    } catch {
      // unknown label: as if none were declared
    }
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

/** Decode an HTML page's bytes with the charset pageCharset() picks, as a browser would. */
export function decodeHtml(bytes: Uint8Array): string {
  const charset = pageCharset(bytes);
  if (charset === "windows-1252") return decodeWindows1252(bytes);
  return new TextDecoder(charset).decode(bytes);
}
