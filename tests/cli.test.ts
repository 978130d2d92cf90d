// End-to-end tests of the built `whosaid` command on our own fixtures (tests/fixtures/cli/):
// output shapes, JSONL order and streaming, .html reading, and one-line errors for bad input.
// They check the CLI's behaviour and its agreement with itself, never what the engine finds.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readerView, type Analysis, type Span } from "../src/core";

const root = resolve(__dirname, "..");
const fixtures = join(root, "tests", "fixtures", "cli");
const fx = (name: string): string => join(fixtures, name);
// Other builds may rewrite dist/cli while this suite runs, so it runs a private copy of the
// bundle; kept under node_modules so the bundle's external packages still resolve.
const privateDir = join(root, "node_modules", ".cache", `whosaid-cli-test-${process.pid}`);
const cli = join(privateDir, "whosaid.mjs");
let tmp = "";
let server: Server | null = null;
let base = "";

type Run = { code: number | null; stdout: string; stderr: string };

function run(args: string[], input?: string | Buffer): Promise<Run> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", rej);
    child.on("close", (code) => res({ code, stdout, stderr }));
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}

/** A failure the user sees: exactly one stderr line starting "whosaid:", no stack trace. */
function expectOneLineError(r: Run, code: number, pattern: RegExp): void {
  expect(r.code).toBe(code);
  const lines = r.stderr.split("\n").filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^whosaid: /);
  expect(lines[0]).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at\s/);
}

function expectSpansInside(text: string, a: Analysis): void {
  const spans: Span[] = [...a.unnamedSources];
  for (const st of a.statements) {
    if (st.source) spans.push(st.source);
    if (st.cue) spans.push(st.cue);
    spans.push(st.content, ...(st.contentParts ?? []));
  }
  for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
}

beforeAll(async () => {
  execFileSync(process.execPath, [join(root, "scripts", "build.mjs"), "--only=cli"], { cwd: root, stdio: "pipe" });
  mkdirSync(privateDir, { recursive: true });
  copyFileSync(join(root, "dist", "cli", "whosaid.mjs"), cli);
  tmp = mkdtempSync(join(tmpdir(), "whosaid-cli-"));
  server = createServer((req, res) => {
    if (req.url === "/article.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(readFileSync(fx("article.html")));
    } else if (req.url === "/article.txt") {
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8" });
      res.end(readFileSync(fx("article.txt")));
    } else {
      res.writeHead(404).end("not here");
    }
  });
  await new Promise<void>((r) => server?.listen(0, "127.0.0.1", () => r()));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;
});

afterAll(async () => {
  rmSync(privateDir, { recursive: true, force: true });
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
});

describe("whosaid: help, version, flags", () => {
  it("--help prints usage and exits 0", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage:/);
    expect(r.stdout).toMatch(/--jsonl/);
  });

  it("--version prints the package version", async () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    const r = await run(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(`whosaid ${version}`);
  });

  it.each([
    [["--frobnicate"], /unknown option --frobnicate/],
    [["--json", "--jsonl"], /cannot be combined/],
    [["--max-mb", "lots", fx("article.txt")], /--max-mb needs a positive number/],
    [["--jsonl", "a.jsonl", "b.jsonl"], /one file/],
    [["--min-confidence", "high", fx("article.txt")], /--min-confidence needs a number from 0 to 1/],
    [["--min-confidence=1.5", fx("article.txt")], /--min-confidence needs a number from 0 to 1/],
  ])("bad flags %j: one-line usage error, exit 2", async (args, pattern) => {
    expectOneLineError(await run(args), 2, pattern);
  });
});

describe("whosaid --json", () => {
  it("prints the whole Analysis of a text file, spans inside the file's text", async () => {
    const r = await run(["--json", fx("article.txt")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const a = JSON.parse(r.stdout) as Analysis;
    for (const key of ["statements", "parties", "disputes", "unnamedSources"] as const) expect(Array.isArray(a[key])).toBe(true);
    expect(typeof a.timings.ms).toBe("number");
    expectSpansInside(readFileSync(fx("article.txt"), "utf8"), a);
  });

  it("reads stdin with -, and gives the same statements as the file", async () => {
    const fromFile = JSON.parse((await run(["--json", fx("article.txt")])).stdout) as Analysis;
    const r = await run(["--json", "-"], readFileSync(fx("article.txt")));
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Analysis).statements).toEqual(fromFile.statements);
  });

  it("several inputs give an array of {input, title, text, analysis}", async () => {
    const r = await run(["--json", fx("article.txt"), fx("article.html")]);
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.stdout) as { input: string; title: string; text: string; analysis: Analysis }[];
    expect(docs.map((d) => d.input)).toEqual([fx("article.txt"), fx("article.html")]);
    for (const d of docs) expectSpansInside(d.text, d.analysis);
  });
});

describe("whosaid --shown-only, --min-confidence", () => {
  it("--json keeps every statement with confidence, cueClass and shown; the flags filter them", async () => {
    const all = JSON.parse((await run(["--json", fx("article.txt")])).stdout) as Analysis;
    expect(all.statements.length).toBeGreaterThan(0);
    for (const st of all.statements) {
      expect(st.confidence).toBeGreaterThanOrEqual(0);
      expect(st.confidence).toBeLessThanOrEqual(1);
      expect(typeof st.cueClass).toBe("string");
      expect(typeof st.shown).toBe("boolean");
    }
    const shown = JSON.parse((await run(["--json", "--shown-only", fx("article.txt")])).stdout) as Analysis;
    expect(shown.statements).toEqual(readerView(all).statements);
    const min = 0.8;
    const conf = JSON.parse((await run(["--json", "--min-confidence", String(min), fx("article.txt")])).stdout) as Analysis;
    expect(conf.statements.map((st) => st.content.start)).toEqual(all.statements.filter((st) => (st.confidence ?? 0) >= min).map((st) => st.content.start));
    const jl = await run(["--jsonl", "--shown-only"], JSON.stringify({ id: "x", text: readFileSync(fx("article.txt"), "utf8") }) + "\n");
    expect((JSON.parse(jl.stdout) as { statements: unknown[] }).statements).toEqual(shown.statements);
  });
});

describe("whosaid FILE (report)", () => {
  it("names the input and shows every shown statement's source and unnamed sources from the Analysis", async () => {
    // The report shows what the extension marks: the reader's view of the Analysis.
    const a = readerView(JSON.parse((await run(["--json", fx("article.txt")])).stdout) as Analysis);
    const r = await run([fx("article.txt")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(fx("article.txt"));
    expect(r.stdout).toMatch(new RegExp(`${a.statements.length} statements?`));
    expect(r.stdout).not.toContain("\u001b["); // NO_COLOR is honoured
    const flat = r.stdout.replace(/\s+/g, " ");
    for (const st of a.statements) if (st.source) expect(flat).toContain(st.source.text.replace(/\s+/g, " "));
    // Parties are listed when they speak, or when they are accused without being quoted.
    const shown = a.parties.filter(
      (p) => a.statements.some((st) => st.party === p.id) || (!p.quoted && a.disputes.some((d) => d.kind === "accusation" && d.against === p.id)),
    );
    for (const p of shown) expect(flat).toContain(p.name);
    if (a.unnamedSources.length) expect(r.stdout).toMatch(/Unnamed and anonymous sources/);
    // the fixture's "so-called evidence": the loaded words and what they frame
    expect(a.loadedWords?.length).toBeGreaterThan(0);
    expect(r.stdout).toMatch(/Loaded words/);
    for (const l of a.loadedWords ?? []) expect(flat).toContain(l.phrase.text.replace(/\s+/g, " "));
  });

  it("reports several files one after the other", async () => {
    const r = await run([fx("article.txt"), fx("article.html")]);
    expect(r.code).toBe(0);
    expect(r.stdout.indexOf(fx("article.txt"))).toBeLessThan(r.stdout.indexOf(fx("article.html")));
  });

  it("an empty file is a correct empty result, not an error", async () => {
    const empty = join(tmp, "empty.txt");
    writeFileSync(empty, "");
    const r = await run([empty]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No text to analyse/);
    const j = await run(["--json", empty]);
    expect((JSON.parse(j.stdout) as Analysis).statements).toEqual([]);
  });
});

describe("whosaid on .html", () => {
  it("reads the article as the extension does: article text only, no scripts or page chrome", async () => {
    const r = await run(["--json", "--with-text", fx("article.html")]);
    const doc = JSON.parse(r.stdout) as { title: string; text: string; analysis: Analysis };
    expectSpansInside(doc.text, doc.analysis);
    expect(doc.title).toMatch(/Harbor council splits over ferry fares/);
    const text = doc.text;
    expect(text).toContain("We cannot keep patching hulls with goodwill");
    // Inline markup inside a quote does not break the sentence; entities are decoded.
    expect(text).toContain("“Either the fares rise now, or the ferries stop in two years.”");
    expect(text).not.toMatch(/MUST-NOT-APPEAR|Advertisement/);
    expect(text).toMatch(/seven to four\.\n\nOpponents/); // paragraphs stay paragraphs
  });

  it("a page that is not an article: one-line error, exit 1; --force analyses it", async () => {
    expectOneLineError(await run([fx("not-article.html")]), 1, /not (?:a news |an )article/);
    expect((await run(["--force", fx("not-article.html")])).code).toBe(0);
  });

  it("HTML on stdin is recognised by its doctype", async () => {
    const r = await run(["--json", "-", fx("article.txt")], readFileSync(fx("article.html")));
    const [doc] = JSON.parse(r.stdout) as { text: string }[];
    expect(doc?.text).not.toMatch(/<p>|MUST-NOT-APPEAR/);
  });
});

describe("whosaid on URLs", () => {
  it("fetches http pages and reads HTML and plain text by content type", async () => {
    const r = await run(["--json", `${base}/article.html`, `${base}/article.txt`]);
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.stdout) as { text: string; analysis: Analysis }[];
    expect(docs[0]?.text).toContain("We cannot keep patching hulls");
    expect(docs[1]?.text).toBe(readFileSync(fx("article.txt"), "utf8"));
  });

  it("HTTP errors and unreachable hosts give a one-line error", async () => {
    expectOneLineError(await run([`${base}/missing`]), 1, /HTTP 404/);
    // Port 9 (discard) on loopback refuses connections: the offline path without the network.
    expectOneLineError(await run(["http://127.0.0.1:9/x"]), 1, /cannot fetch/);
    expectOneLineError(await run(["ftp://example.org/x"]), 1, /only http/);
  });

  it("a page over the size limit is refused while downloading", async () => {
    expectOneLineError(await run(["--max-mb", "0.0005", `${base}/article.html`]), 1, /too large/);
  });
});

describe("whosaid --jsonl", () => {
  const batch = (): string => readFileSync(fx("batch.jsonl"), "utf8");

  it("answers every line in order, with the statements --json gives for that text", async () => {
    const r = await run(["--jsonl"], batch());
    expect(r.code).toBe(0);
    const inLines = batch().split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: unknown; text: string });
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: unknown; statements: Analysis["statements"] });
    expect(out.map((o) => o.id)).toEqual(inLines.map((l) => l.id));
    for (let i = 0; i < out.length; i++) {
      const text = inLines[i]?.text ?? "";
      const single = JSON.parse((await run(["--json", "-"], text)).stdout) as Analysis;
      expect(out[i]?.statements).toEqual(single.statements);
      expectSpansInside(text, { ...single, statements: out[i]?.statements ?? [] });
    }
  });

  it("reads a named file as well as stdin", async () => {
    const a = await run(["--jsonl", fx("batch.jsonl")]);
    const b = await run(["--jsonl"], batch());
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it("a bad line is answered in place with an error, reported on stderr, exit 1", async () => {
    const lines = batch().split("\n").filter(Boolean);
    const input = [lines[0], "{not json", '{"id": "no-text"}', "[1,2]", lines[1]].join("\n") + "\n";
    const r = await run(["--jsonl"], input);
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: unknown; error?: string; statements: unknown[] });
    expect(out).toHaveLength(5);
    expect(out.map((o) => o.id)).toEqual(["a1", null, "no-text", null, 2]);
    expect(out[1]?.error).toMatch(/not valid JSON/);
    expect(out[2]?.error).toMatch(/text/);
    expect(out[0]?.error).toBeUndefined();
    const errs = r.stderr.split("\n").filter(Boolean);
    expect(errs).toEqual([expect.stringMatching(/^whosaid: line 2: /), expect.stringMatching(/^whosaid: line 3: /), expect.stringMatching(/^whosaid: line 4: /)]);
  });

  it("streams: each answer is written before the next line is read", async () => {
    const child = spawn(process.execPath, [cli, "--jsonl"], { cwd: root });
    child.stdout.setEncoding("utf8");
    let got = "";
    const waitFor = (n: number): Promise<void> =>
      new Promise((res, rej) => {
        const timer = setTimeout(() => rej(new Error(`no answer ${n} while stdin is still open (got ${JSON.stringify(got)})`)), 20_000);
        const check = (): void => {
          if (got.split("\n").filter(Boolean).length >= n) {
            clearTimeout(timer);
            child.stdout.off("data", onData);
            res();
          }
        };
        const onData = (d: string): void => {
          got += d;
          check();
        };
        child.stdout.on("data", onData);
        check();
      });
    const closed = new Promise<number | null>((r) => child.on("close", r));
    child.stdin.write('{"id":"first","text":"The mayor said the bridge would reopen."}\n');
    await waitFor(1);
    child.stdin.write('{"id":"second","text":"\\"Soon,\\" she said."}\n');
    await waitFor(2);
    child.stdin.end();
    expect(await closed).toBe(0);
    expect(got.trim().split("\n").map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(["first", "second"]);
  });

  it("no progress noise on stderr when stderr is not a terminal", async () => {
    const r = await run(["--jsonl"], batch());
    expect(r.stderr).toBe("");
  });

  it("--progress reports the line count on stderr, never on stdout", async () => {
    const r = await run(["--jsonl", "--progress"], batch());
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/whosaid: 4 lines in [\d.]+ s/);
    expect(r.stdout.trim().split("\n")).toHaveLength(4);
  });
});

describe("whosaid: bad input never shows a stack trace", () => {
  it("missing file", async () => {
    expectOneLineError(await run([join(tmp, "nope.txt")]), 1, /no such file/);
  });

  it("a directory", async () => {
    expectOneLineError(await run([tmp]), 1, /is a directory/);
  });

  it("binary file", async () => {
    const bin = join(tmp, "blob.bin");
    writeFileSync(bin, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0xff, 0x10]));
    expectOneLineError(await run([bin]), 1, /binary/);
  });

  it("invalid UTF-8 text", async () => {
    const latin1 = join(tmp, "latin1.txt");
    writeFileSync(latin1, Buffer.from("Le ministre a d\xe9clar\xe9 que", "latin1"));
    expectOneLineError(await run([latin1]), 1, /not valid UTF-8.*offset 15/);
  });

  it("input over the size limit", async () => {
    expectOneLineError(await run(["--max-mb", "0.0001", fx("article.txt")]), 1, /too large/);
  });

  it("one bad input among good ones: the good ones are still analysed", async () => {
    const r = await run(["--json", fx("article.txt"), join(tmp, "nope.txt")]);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(1);
    expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  });

  it("empty stdin is an empty result", async () => {
    const r = await run(["--json", "-"], "");
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Analysis).statements).toEqual([]);
  });
});

// Real pages are copyrighted: read from ../shared at run time, never copied here. Without that
// folder the suite skips with a message, except on CI, where missing data is a failure.
const pagesDir = resolve(root, "..", "shared", "data", "pages");
const havePages = existsSync(join(pagesDir, "index.json"));
if (!havePages && process.env.CI !== "true") {
  console.warn(`skipping real-page CLI tests: ${pagesDir} not found (they run when ../shared is present)`);
}

describe.skipIf(!havePages && process.env.CI !== "true")("whosaid on the real pages of ../shared/data/pages", () => {
  it("reads every saved page: an Analysis with spans inside the article text, or a one-line 'not an article'", async () => {
    expect(havePages, `${pagesDir}/index.json is missing`).toBe(true);
    const index = JSON.parse(readFileSync(join(pagesDir, "index.json"), "utf8")) as { id: string; category: string }[];
    const files = index.map((p) => join(pagesDir, p.id, "source.html"));
    const r = await run(["--json", ...files]);
    expect(r.stderr).not.toMatch(/\n\s+at\s|internal error/);
    const errs = r.stderr.split("\n").filter(Boolean);
    for (const e of errs) expect(e).toMatch(/^whosaid: .*: not (?:a news |an )article/);
    const docs = JSON.parse(r.stdout) as { input: string; text: string; analysis: Analysis }[];
    expect(docs.length + errs.length).toBe(files.length);
    for (const d of docs) {
      expect(d.text.length).toBeGreaterThan(0);
      expectSpansInside(d.text, d.analysis);
    }
    // Every news page is read as an article (the gate must not drop the pages we exist for).
    const news = index.filter((p) => p.category !== "no-attributions").map((p) => join(pagesDir, p.id, "source.html"));
    const read = new Set(docs.map((d) => d.input));
    expect(news.filter((f) => !read.has(f))).toEqual([]);
  });
});
