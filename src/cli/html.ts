// Reads a saved HTML page the way the extension reads a live one: Readability's cheap
// isProbablyReaderable gate, then Readability's article root, flattened to plain text with
// paragraph breaks. Node-only (linkedom); it must never run page scripts or fetch anything.
import { parseHTML } from "linkedom";
import { Readability, isProbablyReaderable } from "@mozilla/readability";

export type ArticleText = { text: string; title: string };
export type HtmlOptions = {
  /** Skip the isProbablyReaderable gate (the CLI's --force); default false, like the extension. */
  force?: boolean;
};

// Elements whose boundaries are paragraph breaks in the text the engine sees; inline elements
// (a, em, span, …) are not, so a quote split across a link stays one sentence.
const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET",
  "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR",
  "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TR", "UL",
]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "OBJECT"]);
const CELL = new Set(["TD", "TH"]);

type MiniNode = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<MiniNode>;
};

/** Flatten an element to text: blocks become blank-line separated paragraphs, <br> a newline. */
export function elementText(root: MiniNode): string {
  const out: string[] = [];
  const walk = (node: MiniNode): void => {
    if (node.nodeType === 3) {
      out.push((node.textContent ?? "").replace(/[\t\n\r\f ]+/g, " "));
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === "BR") {
      out.push("\n");
      return;
    }
    const block = BLOCK.has(name);
    if (block) out.push("\n\n");
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      if (k) walk(k);
    }
    if (block) out.push("\n\n");
    else if (CELL.has(name)) out.push(" ");
  };
  walk(root);
  return out
    .join("")
    .split(/\n/)
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * The article text of an HTML page, or null when the page is not an article (gate fails or
 * Readability finds nothing). `url` is the page address; it only helps Readability resolve links.
 */
export function htmlToArticleText(html: string, url?: string, opts: HtmlOptions = {}): ArticleText | null {
  if (typeof html !== "string" || html.trim() === "") return null;
  let document: Document;
  try {
    // linkedom parses without executing scripts or loading subresources.
    document = parseHTML(html).document as unknown as Document;
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
  const gate = (() => {
    try {
      return isProbablyReaderable(document);
    } catch {
      return false;
    }
  })();
  if (!gate && !opts.force) return null;
  let article: ReturnType<Readability<MiniNode>["parse"]>;
  try {
    article = new Readability<MiniNode>(document, { serializer: (n) => n as unknown as MiniNode }).parse();
  } catch {
    article = null;
  }
  const root = article?.content;
  if (!root) {
    if (!opts.force || !document.body) return null;
    const text = elementText(document.body as unknown as MiniNode);
    return text ? { text, title: (document.title ?? "").trim() } : null;
  }
  const text = elementText(root);
  if (!text) return null;
  return { text, title: (article?.title ?? document.title ?? "").trim() };
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
export const WINDOWS_1252_LABELS = new Set(["windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp819", "ibm819", "iso-ir-100", "iso_8859-1"]);
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
 * Decode an HTML page's bytes: a BOM wins, then the declared charset, then UTF-8. Browsers do the
 * same, so the text matches what the extension would see.
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  const declared = declaredCharset(bytes);
  if (declared && WINDOWS_1252_LABELS.has(declared)) return decodeWindows1252(bytes);
  if (declared && declared !== "utf-8" && declared !== "utf8") {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // Unknown label: fall through to UTF-8, the web's default today.
    }
  }
  return new TextDecoder("utf-8").decode(bytes);
}
