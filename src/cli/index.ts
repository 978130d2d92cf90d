// The `whosaid` command: files, URLs and stdin in; a readable report, Analysis JSON or batch JSONL
// out. The engine is core's analyze(); this layer only reads, decodes and prints. It must never
// show a stack trace: every failure is one line on stderr and a non-zero exit status.
import { createInterface } from "node:readline";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import { analyze, atLeast, isShown, keepStatements, readerView, type Analysis } from "../core";
import { HELP, parseArgs, UsageError, type Options } from "./args";
import { InputError, load } from "./input";
import { renderReport } from "./report";
import { version } from "../../package.json";

const EXIT_OK = 0;
const EXIT_INPUT = 1;
const EXIT_USAGE = 2;

const say = (msg: string): void => {
  process.stderr.write(`whosaid: ${msg.replace(/\s*\n\s*/g, " ")}\n`);
};

/** Write to stdout, waiting when the pipe is full so a large batch never buffers in memory. */
function write(s: string): Promise<void> | void {
  if (process.stdout.write(s)) return;
  return new Promise((resolve) => process.stdout.once("drain", () => resolve()));
}

const oneLine = (e: unknown): string =>
  e instanceof InputError || e instanceof UsageError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;

/** --shown-only and --min-confidence: the statements kept in the output. */
function filtered(a: Analysis, o: Pick<Options, "shownOnly" | "minConfidence">): Analysis {
  if (!o.shownOnly && o.minConfidence <= 0) return a;
  const min = atLeast(o.minConfidence);
  return keepStatements(a, (s) => (!o.shownOnly || isShown(s)) && min(s));
}

async function runDocuments(o: Options): Promise<number> {
  const inputs = o.inputs.length ? o.inputs : ["-"];
  const color = o.color ?? (Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
  const many: unknown[] = [];
  let failed = 0;
  let first = true;
  for (const input of inputs) {
    try {
      const doc = await load(input, o);
      const analysis = filtered(analyze(doc.text, { page: doc.page, force: o.force }), o);
      // The page gate (src/core/gate.ts), as in the extension: a page that is not a news article
      // with reported speech shows nothing, and says why.
      if (analysis.verdict && !analysis.verdict.article && !o.force) throw new InputError(`${analysis.verdict.reason} (--force analyses it anyway)`);
      if (o.mode === "json") {
        if (inputs.length === 1 && !o.withText) await write(JSON.stringify(analysis, null, o.pretty ? 2 : undefined) + "\n");
        else many.push({ input: doc.input, title: doc.title, text: doc.text, analysis });
      } else {
        await write((first ? "" : "\n") + renderReport(readerView(analysis), doc, { color, width: process.stdout.columns ?? 100 }));
        first = false;
      }
    } catch (e) {
      failed++;
      say(`${input === "-" ? "stdin" : input}: ${oneLine(e)}`);
    }
  }
  if (o.mode === "json" && inputs.length > 1) await write(JSON.stringify(many, null, o.pretty ? 2 : undefined) + "\n");
  else if (o.mode === "json" && o.withText && many[0]) await write(JSON.stringify(many[0], null, o.pretty ? 2 : undefined) + "\n");
  return failed ? EXIT_INPUT : EXIT_OK;
}

type Answer = { id: unknown; statements: unknown[]; error?: string };

/** One JSONL line in, one answer out; a bad line is answered in place so output stays aligned. */
function answerLine(line: string, maxBytes: number, o: Pick<Options, "shownOnly" | "minConfidence">): Answer {
  if (line.length > maxBytes) return { id: null, statements: [], error: `line too large (${line.length} chars)` };
  let d: unknown;
  try {
    d = JSON.parse(line);
  } catch {
    return { id: null, statements: [], error: "not valid JSON" };
  }
  if (d === null || typeof d !== "object" || Array.isArray(d)) return { id: null, statements: [], error: 'expected an object {"id","text"}' };
  const rec = d as { id?: unknown; text?: unknown };
  const id = rec.id ?? null;
  if (typeof rec.text !== "string") return { id, statements: [], error: 'missing "text" string' };
  try {
    return { id, statements: filtered(analyze(rec.text), o).statements };
  } catch (e) {
    // analyze() promises never to throw; if it does, one article must not end the whole batch.
    return { id, statements: [], error: `internal error: ${(e as Error)?.message ?? String(e)}` };
  }
}

async function runJsonl(o: Options): Promise<number> {
  const file = o.inputs[0];
  let stream: Readable;
  if (file && file !== "-") {
    try {
      const st = await stat(file);
      if (st.isDirectory()) throw new InputError("is a directory");
    } catch (e) {
      say(`${file}: ${e instanceof InputError ? e.message : (e as { code?: string }).code === "ENOENT" ? "no such file" : oneLine(e)}`);
      return EXIT_INPUT;
    }
    stream = createReadStream(file);
  } else {
    if (process.stdin.isTTY) {
      say("--jsonl reads lines from stdin, but it is a terminal; pipe a .jsonl file in or name it");
      return EXIT_USAGE;
    }
    stream = process.stdin;
  }
  // Invalid UTF-8 becomes U+FFFD here rather than an exception: one bad line must not end a batch.
  stream.setEncoding("utf8");
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  const showProgress = o.progress ?? Boolean(process.stderr.isTTY);
  const t0 = Date.now();
  let n = 0;
  let bad = 0;
  let lineNo = 0;
  let lastTick = 0;
  for await (const raw of rl) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (line.trim() === "") continue;
    const ans = answerLine(line, o.maxBytes, o);
    if (ans.error) {
      bad++;
      say(`line ${lineNo}: ${ans.error}`);
    }
    n++;
    await write(JSON.stringify(ans) + "\n");
    if (showProgress && Date.now() - lastTick > 200) {
      lastTick = Date.now();
      process.stderr.write(`\r\u001b[Kwhosaid: ${n} lines, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
  }
  if (showProgress) process.stderr.write(`\r\u001b[Kwhosaid: ${n} lines in ${((Date.now() - t0) / 1000).toFixed(1)} s${bad ? `, ${bad} bad` : ""}\n`);
  return bad ? EXIT_INPUT : EXIT_OK;
}

export async function main(argv: readonly string[]): Promise<number> {
  let o: Options;
  try {
    o = parseArgs(argv);
  } catch (e) {
    say(`${oneLine(e)} (see whosaid --help)`);
    return EXIT_USAGE;
  }
  if (o.help) {
    await write(HELP);
    return EXIT_OK;
  }
  if (o.version) {
    await write(`whosaid ${version}\n`);
    return EXIT_OK;
  }
  if (o.mode !== "jsonl" && o.inputs.length === 0 && process.stdin.isTTY) {
    say("no input; give a FILE, a URL or - for stdin (see whosaid --help)");
    return EXIT_USAGE;
  }
  return o.mode === "jsonl" ? runJsonl(o) : runDocuments(o);
}

// A reader that closes the pipe early (`whosaid --jsonl … | head`) is not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? EXIT_OK);
  say(`cannot write output: ${e.message}`);
  process.exit(EXIT_INPUT);
});
process.on("uncaughtException", (e) => {
  say(oneLine(e));
  process.exit(EXIT_INPUT);
});
process.on("unhandledRejection", (e) => {
  say(oneLine(e));
  process.exit(EXIT_INPUT);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    say(oneLine(e));
    process.exitCode = EXIT_INPUT;
  },
);
