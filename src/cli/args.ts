// Command-line flags of `whosaid`: parsed into one typed object, or a one-line usage error.
// Must never exit or print by itself; index.ts decides what the user sees.

export type Mode = "report" | "json" | "jsonl";

export type Options = {
  mode: Mode;
  inputs: string[];
  /** Analyse HTML even when Readability's gate says it is not an article. */
  force: boolean;
  /** Treat inputs as "html" or "text" instead of guessing from the extension or first bytes. */
  as: "auto" | "html" | "text";
  /** Largest input accepted, in bytes (per file, per URL, per JSONL line). */
  maxBytes: number;
  /** Colour the report: null = only when stdout is a terminal and NO_COLOR is unset. */
  color: boolean | null;
  /** Progress on stderr for --jsonl: null = only when stderr is a terminal. */
  progress: boolean | null;
  pretty: boolean;
  /** --json: wrap even a single input as {input, title, text, analysis}. */
  withText: boolean;
  help: boolean;
  version: boolean;
  /** Keep only statements the reader is shown (the extension's display policy). */
  shownOnly: boolean;
  /** Keep only statements with at least this confidence (0 = all). */
  minConfidence: number;
};

export class UsageError extends Error {}

export const DEFAULT_MAX_MB = 16;

export const HELP = `whosaid: who said what in a news article (attributed statements, unnamed sources, parties)

Usage:
  whosaid [options] FILE|URL|- ...     readable report, statements grouped by party
  whosaid --json FILE|URL|- ...        the whole Analysis as JSON (several inputs: an array of
                                       {input, title, text, analysis})
  whosaid --jsonl [FILE.jsonl|-]       batch: lines {"id","text"} in, {"id","statements"} out,
                                       same order, streamed line by line (stdin by default)

Inputs: plain UTF-8 text, .html/.htm pages (read like the extension reads a page: Readability's
isProbablyReaderable check, then the article text), http(s) URLs, and - for stdin.

Options:
  --json             print the Analysis JSON
  --jsonl            batch mode (see above)
  --pretty           indent JSON output
  --with-text        with --json: also a single input as {input, title, text, analysis}, so
                     offsets can be read against the text analysed (the article text of a page)
  --html, --text     treat every input as HTML, or as plain text (default: guess)
  --force            analyse HTML pages that do not look like articles
  --max-mb N         refuse inputs larger than N MB (default ${DEFAULT_MAX_MB})
  --shown-only       keep only the statements the extension marks for the reader (--json,
                     --jsonl; the readable report always shows only those)
  --min-confidence X keep only statements whose confidence is at least X (0-1)
  --color, --no-color
  --progress, --no-progress   progress on stderr in --jsonl mode (default: when stderr is a terminal)
  -h, --help         this help
  -v, --version      version

Errors: a bad input gets one line on stderr ("whosaid: FILE: why") and the run ends with exit 1;
the other inputs are still processed. In --jsonl mode a bad line (not JSON, no "text" string,
too large) is answered in place with {"id", "statements": [], "error": "why"} so the output stays
aligned with the input, is also reported on stderr, and makes the exit status 1.
Exit status: 0 all inputs analysed, 1 some input failed, 2 usage error.
`;

export function parseArgs(argv: readonly string[]): Options {
  const o: Options = {
    mode: "report",
    inputs: [],
    force: false,
    as: "auto",
    maxBytes: DEFAULT_MAX_MB * 1024 * 1024,
    color: null,
    progress: null,
    pretty: false,
    withText: false,
    help: false,
    version: false,
    shownOnly: false,
    minConfidence: 0,
  };
  let modeFlag: string | null = null;
  const setMode = (m: Mode, flag: string): void => {
    if (modeFlag && modeFlag !== flag) throw new UsageError(`${modeFlag} and ${flag} cannot be combined`);
    modeFlag = flag;
    o.mode = m;
  };
  let onlyInputs = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (onlyInputs || a === "-" || !a.startsWith("-")) {
      o.inputs.push(a);
      continue;
    }
    const eq = a.indexOf("=");
    const flag = a.startsWith("--") && eq > 0 ? a.slice(0, eq) : a;
    const inline = a.startsWith("--") && eq > 0 ? a.slice(eq + 1) : null;
    const noValue = (): void => {
      if (inline !== null) throw new UsageError(`${flag} takes no value`);
    };
    switch (flag) {
      case "--":
        onlyInputs = true;
        break;
      case "--json":
        noValue();
        setMode("json", flag);
        break;
      case "--jsonl":
        noValue();
        setMode("jsonl", flag);
        break;
      case "--pretty":
        noValue();
        o.pretty = true;
        break;
      case "--with-text":
        noValue();
        o.withText = true;
        break;
      case "--html":
        noValue();
        o.as = "html";
        break;
      case "--text":
        noValue();
        o.as = "text";
        break;
      case "--force":
        noValue();
        o.force = true;
        break;
      case "--color":
        noValue();
        o.color = true;
        break;
      case "--no-color":
        noValue();
        o.color = false;
        break;
      case "--progress":
        noValue();
        o.progress = true;
        break;
      case "--no-progress":
        noValue();
        o.progress = false;
        break;
      case "--max-mb": {
        const v = inline ?? argv[++i];
        const n = v === undefined ? NaN : Number(v);
        if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--max-mb needs a positive number, got ${v ?? "nothing"}`);
        o.maxBytes = Math.floor(n * 1024 * 1024);
        break;
      }
      case "--shown-only":
        noValue();
        o.shownOnly = true;
        break;
      case "--min-confidence": {
        const v = inline ?? argv[++i];
        const n = v === undefined || v.trim() === "" ? NaN : Number(v);
        if (!Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--min-confidence needs a number from 0 to 1, got ${v ?? "nothing"}`);
        o.minConfidence = n;
        break;
      }
      case "-h":
      case "--help":
        o.help = true;
        break;
      case "-v":
      case "--version":
        o.version = true;
        break;
      default:
        throw new UsageError(`unknown option ${a}`);
    }
  }
  if (o.mode === "jsonl" && o.inputs.length > 1) throw new UsageError("--jsonl reads one file (or stdin)");
  return o;
}
