// The content script's life on one page: settings, article, analysis, marks, card, late content,
// toggle and messages. The engine itself runs in the background ("analyze" message); this file
// must never import core's code (types only), so the page pays neither its size nor its cold JIT. Work runs in short tasks with yields between them; everything it sets up
// is torn down through one AbortController. It must never let an exception reach the page: every
// entry point is guarded and turns failures into state "error" on the overlay host.
import type { Analysis, Statement } from "../core/types";
import type { Ext } from "../shared/browser";
import { isAnalyzeResponse, isCorrectionResponse, isMessage, isStartResponse, message, type AnalyzeRequest, type ContentStatus, type Message, type PageState, type ReadInfo, type TabReport } from "../shared/messages";
import { DEFAULT_SETTINGS, NEVER_RUN, RUNS_ON_CLICK, isNeverSite, type Settings } from "../shared/settings";
import { adopt, findArticleSteps, lazyScanSteps, MAX_ELEMENTS, pageSignals, readArticleText, readPage, type Article, type PageSignals } from "../shared/article";
import { cardFrom, type CardModel, type CorrectionAsk } from "./card";
import { createPainter, type Mark, type Painter, type Role } from "./marks";
import { Overlay, type ListItem } from "./overlay";
import { MENTIONED_UNNAMED, markName, partyColour } from "./styles";
import { findTextDirective, parseTextDirective, scrollRangeIntoView } from "./text-directive";
import type { TextMap } from "../shared/text-range";

export type ContentExt = Pick<Ext, "runtime" | "storage">;

/** What the content script sends along with the text: the page's evidence for the gate, and how it read it. */
export type AnalyzeExtras = { page?: PageSignals; force?: boolean; read?: ReadInfo };

/** Turns the article's text into an Analysis; by default the background does it. */
export type AnalyzeText = (text: string, page: { url: string; title: string }, extras?: AnalyzeExtras) => Promise<Analysis> | Analysis;

export type Deps = {
  doc: Document;
  /**
   * The engine. Defaults to asking the background (which also stores the tab's report and adds
   * history counters); unit tests pass core's analyze, and then the controller reports "done" itself.
   */
  analyzeText?: AnalyzeText;
  /** the browser API; absent in unit tests that only exercise the page side */
  ext?: ContentExt;
  settings?: Settings;
  now?: () => number;
};

/** Named defaults (Readability style): every timing the controller uses, in one place. */
export const TIMING = {
  /** wait this long after the last relevant mutation before re-reading the article */
  settleMs: 400,
  /** a page that never settles (a clock, a ticker) is read anyway this long after its first change */
  maxSettleMs: 2_500,
  /** a skipped page is read again when its text grew by this many characters (an article arrived) */
  growChars: 500,
  /** stop observing the page after this long without a relevant mutation */
  quietMs: 15_000,
  /** how long a flashed statement stays emphasised */
  flashMs: 1_600,
  /** minimum gap between two hover look-ups */
  hoverMs: 60,
  /** the pointer must rest this long on a source or cue before its card opens (hover intent) */
  intentMs: 350,
  /** keep a hover card this long after the pointer leaves the mark */
  hoverGraceMs: 350,
  /** at most one re-read of late content per this interval (live blogs tick constantly) */
  minRereadMs: 2_000,
  /** give up on the background's answer after this long: state "error", never "analysing" forever */
  answerMs: 10_000,
};

/**
 * The default engine: the background, over runtime messaging, with a time limit. `account` times
 * the check of the answer (it runs in the task the answer arrives in).
 */
export function analyzeInBackground(ext: ContentExt | undefined, win: Window, account: <T>(name: string, fn: () => T) => T = (_n, fn) => fn()): AnalyzeText {
  return async (text, page, extras = {}) => {
    const req: AnalyzeRequest = { text, url: page.url, title: page.title, ...extras };
    if (!ext) throw new Error("no extension API: cannot reach the background");
    let timer = 0;
    const late = new Promise<never>((_, reject) => {
      timer = win.setTimeout(() => reject(new Error(`the background did not answer within ${TIMING.answerMs / 1000} s`)), TIMING.answerMs);
    });
    try {
      const sent = Promise.resolve(ext.runtime.sendMessage(message("analyze", req))).catch((e: unknown) => {
        throw new Error(`the background is unavailable: ${e instanceof Error ? e.message : String(e)}`);
      });
      const res: unknown = await Promise.race([sent, late]);
      return account("send", () => {
        if (!isAnalyzeResponse(res)) throw new Error("the background sent no analysis");
        if ("error" in res) throw new Error(`the background could not analyse: ${res.error}`);
        return res.analysis;
      });
    } finally {
      win.clearTimeout(timer);
    }
  };
}

/** Below this many characters of text a page is not read as an article (unless the reader asks). */
export const MIN_ARTICLE_CHARS = 200;

type Run = { map: TextMap; analysis: Analysis; article: Article; force: boolean };

export class Controller {
  private readonly doc: Document;
  private readonly win: Window;
  private readonly abort = new AbortController();
  private readonly signal = this.abort.signal;
  private overlay: Overlay | null = null;
  /** made when first needed: a page left alone never gets one (nor its listeners) */
  private painter_: Painter | null = null;
  /** whether the reader's pointer is listened to (from the first overlay on) */
  private pointer = false;
  private settings: Settings;
  private run_: Run | null = null;
  private marksOn = true;
  private state: PageState = "idle";
  /**
   * The reader's options say never to run on this site: no navigation, history event or page
   * growth starts a read (a page can fire popstate at will); only the reader's own "analyse anyway".
   */
  private never = false;
  private busy: Promise<void> | null = null;
  /** the background stored this page's "analysing" report when the script started ("start") */
  private announced = false;
  private observer: MutationObserver | null = null;
  private queued: MutationRecord[] = [];
  private settleTimer = 0;
  /** when the first of the mutations waiting to be read arrived (0: none waiting) */
  private pendingSince = 0;
  /**
   * Characters of text the page gained since it was skipped (or found without article): it is
   * read again once an article's worth arrived. -1: not skipped, nothing to count.
   */
  private grown = -1;
  private read: ReadInfo | null = null;
  /** what the last read of the page gave (characters, how the article was found) */
  private lastRead_: { chars: number; via: string; partial: boolean } = { chars: 0, via: "none", partial: false };
  /** the reason of the last report (why skipped, what went wrong) */
  private reason: string | null = null;
  private quietTimer = 0;
  private flashTimer = 0;
  private hideTimer = 0;
  private lastHover = 0;
  private lastRead = -Infinity;
  private hoverFrame = 0;
  private intentTimer = 0;
  private intentAt: number | null = null;
  private cardBy: "hover" | "keyboard" | null = null;
  private url: string;
  private totalMs = 0;
  private longestMs = 0;
  private sliceMs: Record<string, number> = {};
  /** inside a timed section (nested ones are counted once, by the outer) */
  private timing = false;
  /** what went wrong (state "error"), the engine's time in the background, statements drawn */
  private error: string | null = null;
  private engineMs: number | null = null;
  private markedNow = 0;
  /** statements of the analysis drawn last ("done"), as the status tells it */
  private statementsNow = 0;
  private now: () => number;
  private readonly analyzeText: AnalyzeText;
  /** the background stores the report itself when it runs the engine */
  private readonly backgroundReports: boolean;

  constructor(private deps: Deps) {
    this.doc = deps.doc;
    this.win = deps.doc.defaultView ?? (globalThis as unknown as Window);
    this.settings = deps.settings ?? DEFAULT_SETTINGS;
    this.url = this.doc.location?.href ?? "";
    this.now = deps.now ?? (() => performance.now());
    this.analyzeText = deps.analyzeText ?? analyzeInBackground(deps.ext, this.win, (name, fn) => this.timed(name, fn));
    this.backgroundReports = !deps.analyzeText;
  }

  private get painter(): Painter {
    return (this.painter_ ??= createPainter(this.doc, () => this.ensureOverlay().markLayer, this.signal, (name, fn) => this.timed(name, fn)));
  }

  /**
   * Main-thread time spent outside the controller's timed sections: the bundle's own set-up and
   * the script's first task up to its first wait (index.ts measures it). Counted as "init".
   */
  countInit(ms: number): void {
    this.count("init", ms);
  }

  /** Entry point: learn the reader's settings, then analyse unless the reader asked for on-click only. */
  async start(): Promise<void> {
    await this.guard(async () => {
      this.listen();
      // With the extension, the background answers from the settings (the page's script needs no
      // storage API) and stores the tab's first report itself; in unit tests the settings given
      // decide here, and where the background gives no answer, the defaults do (as before).
      const answer = !this.deps.settings && this.deps.ext ? await this.askStart(this.deps.ext) : null;
      const stop = this.timed("init", () => {
        const started = isStartResponse(answer) ? answer : null;
        if (started) this.settings = { ...this.settings, runMode: started.runMode, marks: started.marks };
        // The background stored the tab's report already: the script does not send it again.
        const stored = started !== null;
        if (started ? started.never : isNeverSite(this.url, this.settings)) {
          // A never-run site gets no overlay and no marks: nothing of ours is left on the page.
          this.state = "skipped";
          this.never = true;
          if (stored) this.reason = NEVER_RUN;
          else this.report({ state: "skipped", reason: NEVER_RUN });
          return true;
        }
        if (this.settings.runMode === "click") {
          // Nothing of ours on the page until the reader asks (no overlay element either).
          this.state = "idle";
          if (stored) this.reason = RUNS_ON_CLICK;
          else this.report({ state: "idle", reason: RUNS_ON_CLICK });
          return true;
        }
        // The background stored "analysing" already: the first read does not say it again.
        this.announced = stored;
        return false;
      });
      if (stop) return;
      await this.analyseNow(false);
    });
  }

  /** The background's answer to "start"; null when it gives none in time. */
  private async askStart(ext: ContentExt): Promise<unknown> {
    let timer = 0;
    const late = new Promise<null>((resolve) => {
      timer = this.win.setTimeout(() => resolve(null), TIMING.answerMs);
    });
    try {
      const sent = Promise.resolve(ext.runtime.sendMessage(message("start", { url: this.url, title: this.doc.title.slice(0, 300) }))).catch(() => null);
      return await Promise.race([sent, late]);
    } finally {
      this.win.clearTimeout(timer);
    }
  }

  /** Analyse (again) now; `force` skips the not-an-article gate. */
  analyseNow(force: boolean): Promise<void> {
    // One analysis at a time; a second request waits for the first and then re-runs.
    const prev = this.busy ?? Promise.resolve();
    const next = prev.then(() => this.guard(() => this.fullRun(force)));
    this.busy = next.finally(() => {
      if (this.busy === next) this.busy = null;
    });
    return next;
  }

  private async fullRun(force: boolean): Promise<void> {
    // Cap before any work: a page this big is no article, and reading it would stall the page.
    const size = await this.slice("gate", () => {
      this.setState("analysing");
      if (this.announced) this.announced = false;
      else this.report({ state: "analysing", progress: 0 });
      return this.doc.body ? this.doc.body.getElementsByTagName("*").length : -1;
    });
    if (size < 0) return this.skip("the page has no body", force);
    if (size > MAX_ELEMENTS && !force) return this.skip(`the page is too large to read (${size} elements)`, false);
    const body = this.doc.body!;
    // The paragraphs that vote, found by the browser's XPath and measured with what they hold,
    // then scoring (over those paragraphs and their ancestors, measuring the best candidates) and
    // fallbacks; all in short steps, so a big page never blocks it for long. The rest of the page
    // is never walked (article.ts, SumTable).
    const pass = await this.steps("measure", lazyScanSteps(body));
    const article = await this.steps("score", findArticleSteps(this.doc, pass));
    if (!article || (pass.sums.get(article.root)?.len ?? 0) === 0) {
      this.watch();
      return this.skip("no text on this page", force);
    }
    await this.analyseArticle(article, force);
    this.timed("watch", () => this.watch());
  }

  /** The article's text, read exactly as the CLI reads it (src/shared/article.ts). */
  private readText(article: Article): TextMap {
    return readArticleText(article);
  }

  private async analyseArticle(article: Article, force: boolean, attempt = 0): Promise<void> {
    // Wrapper marks split text nodes; read the page as its owner wrote it.
    if (this.painter_?.splitsText) this.unwrap();
    const map = await this.slice("text", () => this.readText(article));
    if (this.run_ && this.run_.map.text === map.text && this.run_.article.root === article.root) {
      // Nothing the reader sees changed: keep the analysis (wrappers were taken off to read).
      this.run_ = { ...this.run_, map, article };
      if (this.painter_?.splitsText) await this.slice("draw", () => this.draw());
      return;
    }
    if (!map.text.trim()) return this.skip("no text on this page", force);
    // A few words (a login form, an error page) are no article; the engine is not even asked.
    if (map.text.length < MIN_ARTICLE_CHARS && !force) return this.skip(`too little text for an article (${map.text.length} characters)`, false);
    // (The background marks the tab half done itself when the text arrives.)
    const signals = await this.slice("signals", () => pageSignals(this.doc, article, map.text));
    const page = { url: this.doc.location?.href ?? "", title: article.title };
    this.lastRead_ = { chars: map.text.length, via: article.via, partial: map.partial };
    // Only the hand-off (structured clone of the text) is ours; the wait is the page's time.
    const pending = await this.slice("send", () => {
      this.read = this.readInfo();
      return Promise.resolve(this.analyzeText(map.text, page, { page: signals, force, read: this.read }));
    });
    const analysis = await pending;
    if (this.signal.aborted) throw new Error("stopped");
    // The page gate (core/gate.ts) says this is no news article with reported speech: leave the
    // page as it is (no overlay, no marks; the background stored nothing and shows no badge).
    if (analysis.verdict && !analysis.verdict.article && !force) {
      this.grown = 0;
      // The background stored this "skipped" report itself (with the gate's reason).
      return this.skip(analysis.verdict.reason, false, this.backgroundReports);
    }
    // Our element first, then the browser's own rendering frame: the boxes are measured on a
    // layout the browser has already computed, not on one our reads would force in our task.
    await this.slice("draw", () => this.ensureOverlay());
    await nextFrame(this.win, this.doc);
    // The page may have changed the article while the background worked: read it again rather
    // than draw offsets into text nodes that are gone.
    if (attempt < 2 && !(await this.slice("check", () => map.fresh()))) return this.analyseArticle(article, force, attempt + 1);
    this.run_ = { map, analysis, article, force };
    this.grown = -1;
    await this.drawInSteps();
    this.timed("draw", () => {
      this.engineMs = analysis.timings.ms;
      this.setState("done");
      if (!this.backgroundReports) this.report({ state: "done", analysis, text: map.text });
    });
  }

  /** How the page was read, with the main-thread time so far (reports carry it; tests and bench:page read it). */
  private readInfo(): ReadInfo {
    const r = this.lastRead_;
    return { chars: r.chars, via: r.via, ...(r.partial ? { partial: true } : {}), ms: this.totalMs, longestMs: this.longestMs, parts: this.parts() };
  }

  /**
   * The page is left alone: no marks, no overlay element (one drawn earlier is removed). A run the
   * reader asked for never ends "skipped" (the popup waits for its result): it ends in "error"
   * with the reason, so the popup can say why there is nothing to show.
   */
  private skip(reason: string, forced: boolean, stored = false): void {
    this.timed("skip", () => this.skipNow(reason, forced, stored));
  }

  private skipNow(reason: string, forced: boolean, stored: boolean): void {
    this.clearMarks();
    this.run_ = null;
    this.overlay?.remove();
    this.overlay = null;
    if (this.grown < 0) this.grown = 0;
    const read = this.readInfo();
    if (forced) {
      this.state = "error";
      this.report({ state: "error", reason: `Nothing to analyse: ${reason}.`, read });
      return;
    }
    this.state = "skipped";
    if (stored) this.reason = reason;
    else this.report({ state: "skipped", reason, read });
  }

  // ---- drawing -------------------------------------------------------------------------------

  private marks(analysis: Analysis): Mark[] {
    const partyIndex = new Map(analysis.parties.map((p, i) => [p.id, i]));
    const out: Mark[] = [];
    analysis.statements.forEach((s, i) => {
      const pi = s.party === null ? null : (partyIndex.get(s.party) ?? null);
      const add = (role: Role, span: { start: number; end: number } | null): void => {
        if (span && span.end > span.start) out.push({ statement: i, role, name: markName(s, role, pi), start: span.start, end: span.end });
      };
      const parts = s.contentParts && s.contentParts.length > 0 ? s.contentParts : [s.content];
      for (const p of parts) add("content", p);
      add("source", s.source);
      add("cue", s.cue);
    });
    // Unnamed sources only mentioned (not quoted) get the unnamed mark too, without a card.
    const covered = new Set(analysis.statements.map((s) => (s.source ? `${s.source.start}:${s.source.end}` : "")));
    for (const u of analysis.unnamedSources) {
      if (!covered.has(`${u.start}:${u.end}`) && u.end > u.start) {
        out.push({ statement: -1, role: "source", name: MENTIONED_UNNAMED, start: u.start, end: u.end });
      }
    }
    return out;
  }

  private draw(): void {
    const run = this.run_;
    const overlay = this.ensureOverlay();
    if (!run) return;
    if (this.marksOn) {
      this.observer?.disconnect();
      this.painter.setFull(this.settings.marks === "full");
      this.painter.paint(run.map, this.marks(run.analysis));
      // Our own wrappers (fallback painter) are not late content.
      if (this.observer) this.observe();
    } else this.clearMarks();
    overlay.setItems(run.analysis.statements.length, () => this.listItems(run.analysis), this.marksOn);
    this.markedNow = this.marksOn ? this.painter.marked : 0;
  }

  /** `draw` in short tasks: the boxes are measured and drawn a few at a time, the viewport's first. */
  private async drawInSteps(): Promise<void> {
    const run = this.run_;
    if (!run || !this.marksOn) return this.slice("draw", () => this.draw());
    await this.slice("draw", () => {
      this.ensureOverlay();
      this.painter.setFull(this.settings.marks === "full");
      this.painter.begin(run.map, this.marks(run.analysis));
    });
    while (!(await this.slice("draw", () => this.painter.step(STEP_MS))));
    await this.slice("draw", () => this.ensureOverlay().setItems(run.analysis.statements.length, () => this.listItems(run.analysis), true));
    // The marks in view are drawn in the painter's first observer callback (counted as "draw").
    await this.painter.settled(250);
    this.markedNow = this.marksOn ? this.painter.marked : 0;
  }

  /** Removes wrapper marks without our own mutations counting as late content. */
  private unwrap(): void {
    this.observer?.disconnect();
    this.painter_?.clear();
    if (this.observer) this.observe();
  }

  private clearMarks(): void {
    this.unwrap();
    this.overlay?.hideCard(false);
  }

  private listItems(a: Analysis): ListItem[] {
    const partyIndex = new Map(a.parties.map((p, i) => [p.id, i]));
    return a.statements.map((s, i) => ({
      index: i,
      label: `${speakerOf(s) ?? "Unattributed"}: ${firstWords(s.content.text, 10)}`,
      colour: partyColour(s.party === null ? null : (partyIndex.get(s.party) ?? null)),
    }));
  }

  /** Only this page's own Analysis goes into the card (card.ts): never history. */
  private cardModel(i: number): CardModel | null {
    const a = this.run_?.analysis;
    return a ? cardFrom(a, i) : null;
  }

  // ---- interaction ---------------------------------------------------------------------------

  /**
   * The reader corrected statement `i` in its card: the background keeps the correction (for this
   * tab's URL) and answers with the corrected analysis, drawn at once. Resolves with what to tell
   * the reader; rejects with why it failed.
   */
  private async correct(i: number, key: string, ask: CorrectionAsk): Promise<string> {
    const run = this.run_;
    if (!this.deps.ext || !run) throw new Error("Whosaid is not connected to this page any more");
    const res: unknown = await this.deps.ext.runtime.sendMessage(message("correction-add", { index: i, key, ...ask }));
    if (!isCorrectionResponse(res)) throw new Error("Whosaid did not answer");
    if (!res.ok) throw new Error(res.error);
    const kept = res.saved ? "" : " (for this page only: a private window keeps nothing)";
    if (this.run_ !== run) return `Saved${kept}.`;
    this.run_ = { ...run, analysis: res.analysis };
    this.safe(() => {
      this.draw();
      this.setState("done");
      const model = ask.kind === "speaker" ? this.cardModel(i) : null;
      if (model) this.overlay?.showCard(model, this.painter.rects(i)[0] ?? null);
      else this.overlay?.hideCard(true);
    });
    return ask.kind === "speaker" ? `Saved${kept}.` : `Not marked any more${kept}.`;
  }

  private ensureOverlay(): Overlay {
    if (this.overlay?.host.isConnected) return this.overlay;
    this.overlay?.remove();
    this.overlay = new Overlay(this.doc, {
      focusStatement: (i) => this.safe(() => this.focusStatement(i)),
      gotoStatement: (i) => this.safe(() => this.gotoStatement(i)),
      closed: () => this.safe(() => {
        this.painter.emphasize("focus", null);
        this.painter.emphasize("hover", null);
        this.cardBy = null;
      }),
      correct: (i, key, ask) => this.correct(i, key, ask),
    }, this.signal);
    this.listenPointer();
    return this.overlay;
  }

  private listen(): void {
    const opts = { signal: this.signal, passive: true } as const;
    this.win.addEventListener("popstate", () => this.safe(() => this.schedule()), opts);
    const onMessage = (msg: unknown): Promise<unknown> | undefined => this.onMessage(msg);
    this.deps.ext?.runtime.onMessage.addListener(onMessage);
    this.signal.addEventListener("abort", () => this.deps.ext?.runtime.onMessage.removeListener(onMessage));
  }

  /**
   * The reader's pointer and scrolling, listened to once there is an overlay (every handler waits
   * for an analysis drawn on the page; a page left alone is not listened to at all).
   */
  private listenPointer(): void {
    if (this.pointer) return;
    this.pointer = true;
    const opts = { signal: this.signal, passive: true } as const;
    // Only the reader's own pointer counts: events the page synthesises (isTrusted false) must
    // never open a card, or the page could open one and read it.
    this.doc.addEventListener("mousemove", (e) => e.isTrusted && this.onMove(e), opts);
    this.doc.addEventListener("click", (e) => e.isTrusted && this.safe(() => this.onClick(e)), opts);
    // Re-arm the watcher when the reader interacts after the page went quiet ("read more").
    const rearm = (): void => this.safe(() => {
      if (!this.observer && this.run_) this.watch();
    });
    this.doc.addEventListener("click", rearm, opts);
    this.win.addEventListener("scroll", rearm, opts);
  }

  private onMessage(msg: unknown): Promise<unknown> | undefined {
    if (!isMessage(msg)) return undefined;
    const m = msg as Message;
    switch (m.type) {
      case "analyze-now":
        return this.analyseNow(true).then(() => ({ ok: this.state === "done" }));
      case "toggle-marks": {
        const p = (m as Message<"toggle-marks">).payload;
        this.safe(() => this.toggle(p.on ?? !this.marksOn));
        return Promise.resolve({ on: this.marksOn });
      }
      case "status":
        return Promise.resolve(this.status());
      case "marks-state":
        return Promise.resolve(this.overlay?.tampered ? { on: this.marksOn, tampered: this.overlay.tampered } : { on: this.marksOn });
      case "inspect": {
        const view = this.overlay?.openCardView ?? null;
        return Promise.resolve({
          card: this.overlay?.openCard ?? null,
          cardText: view?.text ?? null,
          cardLinks: view?.links ?? [],
          marks: this.marksOn ? this.painter.texts() : {},
          tampered: this.overlay?.tampered ?? null,
          focus: this.overlay?.focusedText ?? null,
          tinted: this.marksOn ? this.painter.tinted() : 0,
          chars: this.run_?.map.text.length ?? 0,
        });
      }
      case "scroll-to-text": {
        const d = parseTextDirective((m as Message<"scroll-to-text">).payload.directive);
        const ok = d ? this.safe(() => {
          const r = findTextDirective(this.doc, d);
          return r ? scrollRangeIntoView(this.win, r) : false;
        }) ?? false : false;
        return Promise.resolve({ ok });
      }
      case "read-text": {
        const read = this.safe(() => readPage(this.doc));
        return Promise.resolve(read ? { text: read.text, via: read.article.via } : null);
      }
      case "scroll-to-statement": {
        const i = (m as Message<"scroll-to-statement">).payload.index;
        const ok = this.safe(() => this.gotoStatement(i)) ?? false;
        return Promise.resolve({ ok });
      }
      default:
        return undefined;
    }
  }

  /** Marks off: every mark removed and the page restored; on: drawn again from the analysis. */
  toggle(on: boolean): void {
    this.marksOn = on;
    if (!on) {
      this.clearMarks();
      const a = this.run_?.analysis;
      this.overlay?.setItems(a?.statements.length ?? 0, () => (a ? this.listItems(a) : []), false);
      this.markedNow = 0;
      return;
    }
    const run = this.run_;
    if (!run) return;
    // The wrapper painter changed nothing while off, but late content may have: re-read the map.
    this.run_ = { ...run, map: this.readText(run.article) };
    this.draw();
  }

  get marksVisible(): boolean {
    return this.marksOn;
  }

  private scrollToStatement(i: number): DOMRect | null {
    const first = this.painter.rects(i)[0];
    if (!first) return null;
    const vh = this.win.innerHeight || 800;
    if (first.top < 0 || first.bottom > vh) {
      this.win.scrollBy({ top: first.top - vh / 3, left: 0, behavior: "instant" as ScrollBehavior });
      return this.painter.rects(i)[0] ?? null;
    }
    return first;
  }

  focusStatement(i: number): boolean {
    if (!this.marksOn) return false;
    const rect = this.scrollToStatement(i);
    this.painter.emphasize("focus", i);
    const model = this.cardModel(i);
    if (model) {
      this.ensureOverlay().showCard(model, rect);
      this.cardBy = "keyboard";
    }
    return rect !== null;
  }

  gotoStatement(i: number): boolean {
    if (!this.run_?.analysis.statements[i]) return false;
    if (!this.marksOn) this.toggle(true);
    const rect = this.scrollToStatement(i);
    this.painter.emphasize("flash", i);
    this.win.clearTimeout(this.flashTimer);
    this.flashTimer = this.win.setTimeout(() => this.safe(() => this.painter.emphasize("flash", null)), TIMING.flashMs);
    if (this.overlay?.openCard !== null && this.overlay?.openCard !== undefined) {
      const model = this.cardModel(i);
      if (model) this.overlay.showCard(model, rect);
    }
    return rect !== null;
  }

  private onMove(e: MouseEvent): void {
    if (!this.run_ || !this.marksOn) return;
    const x = e.clientX;
    const y = e.clientY;
    const target = e.target;
    if (this.hoverFrame) return;
    const wait = Math.max(0, TIMING.hoverMs - (this.now() - this.lastHover));
    this.hoverFrame = this.win.setTimeout(() => {
      this.hoverFrame = 0;
      this.lastHover = this.now();
      this.safe(() => this.hover(x, y, target));
    }, wait);
  }

  /** A click on a source or cue opens its card at once. */
  private onClick(e: MouseEvent): void {
    if (!this.run_ || !this.marksOn || this.overlay?.cardContains(e.target)) return;
    const i = this.painter.statementAt(e.clientX, e.clientY);
    if (i === null || i < 0) return;
    this.win.clearTimeout(this.intentTimer);
    this.openHoverCard(i, e.clientX, e.clientY);
  }

  private openHoverCard(i: number, x: number, y: number): void {
    const overlay = this.overlay;
    if (!overlay || overlay.openCard === i) return;
    const model = this.cardModel(i);
    if (!model) return;
    this.painter.emphasize("hover", i);
    const r = this.painter.rects(i).find((q) => x >= q.left - 2 && x <= q.right + 2 && y >= q.top - 2 && y <= q.bottom + 2);
    overlay.showCard(model, r ?? new DOMRect(x, y, 1, 16));
    this.cardBy = "hover";
  }

  private hover(x: number, y: number, target: EventTarget | null): void {
    const overlay = this.overlay;
    if (!overlay) return;
    if (overlay.cardContains(target)) {
      this.win.clearTimeout(this.hideTimer);
      return;
    }
    // Source and cue only, and only after the pointer rests there (hover intent): a pointer
    // crossing the article on its way elsewhere opens nothing.
    const i = this.painter.statementAt(x, y);
    if (i !== null && i >= 0) {
      this.win.clearTimeout(this.hideTimer);
      if (overlay.openCard === i) return;
      if (this.intentAt !== i) {
        this.intentAt = i;
        this.win.clearTimeout(this.intentTimer);
        this.intentTimer = this.win.setTimeout(() => this.safe(() => {
          if (this.intentAt === i) this.openHoverCard(i, x, y);
        }), TIMING.intentMs);
      }
      return;
    }
    this.intentAt = null;
    this.win.clearTimeout(this.intentTimer);
    if (this.cardBy === "hover" && overlay.openCard !== null) {
      this.win.clearTimeout(this.hideTimer);
      this.hideTimer = this.win.setTimeout(() => this.safe(() => {
        if (this.cardBy === "hover") {
          overlay.hideCard(false);
          this.painter.emphasize("hover", null);
        }
      }), TIMING.hoverGraceMs);
    }
  }

  // ---- late content --------------------------------------------------------------------------

  private watch(): void {
    if (!this.observer) {
      const MO = (this.win as Window & typeof globalThis).MutationObserver;
      // The callback only queues: no reading, no analysis inside it (uBlock Origin's rule).
      this.observer = new MO((records) => this.timed("watch", () => {
        for (const r of records) this.queued.push(r);
        this.schedule();
      }));
    }
    this.observe();
    this.armQuiet();
  }

  private observe(): void {
    if (this.doc.body) this.observer?.observe(this.doc.body, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
  }

  private armQuiet(): void {
    this.win.clearTimeout(this.quietTimer);
    this.quietTimer = this.win.setTimeout(() => this.safe(() => {
      this.observer?.disconnect();
      this.observer = null;
      this.queued = [];
    }), TIMING.quietMs);
  }

  /**
   * Read again once the mutations settle: after `settleMs` of quiet, at most once per
   * `minRereadMs`, and, on a page that never goes quiet (a clock, a ticker), no later than
   * `maxSettleMs` after the first change waiting: a throttle, not a debounce that could wait forever.
   */
  private schedule(): void {
    const now = this.now();
    if (!this.pendingSince) this.pendingSince = now;
    this.win.clearTimeout(this.settleTimer);
    const earliest = this.lastRead + TIMING.minRereadMs;
    const quiet = Math.max(now + TIMING.settleMs, earliest);
    const latest = Math.max(this.pendingSince + TIMING.maxSettleMs, earliest);
    const wait = Math.max(0, Math.min(quiet, latest) - now);
    this.settleTimer = this.win.setTimeout(() => {
      this.pendingSince = 0;
      void this.guard(() => this.settle());
    }, wait);
  }

  /** Whether the page is read on its own, without the reader asking (auto mode, not a never-run site). */
  private reads(): boolean {
    return this.settings.runMode === "auto" && !this.never;
  }

  private async settle(): Promise<void> {
    this.lastRead = this.now();
    const records = this.queued;
    this.queued = [];
    const run = this.run_;
    const moved = (this.doc.location?.href ?? "") !== this.url;
    if (moved) {
      // Single-page navigation: find the article afresh.
      this.url = this.doc.location?.href ?? "";
      this.run_ = null;
      this.grown = -1;
      if (this.reads() || run) await this.analyseNow(false);
      return;
    }
    if (!run || !run.article.root.isConnected) {
      if (run) {
        // The article was replaced: find it afresh.
        this.run_ = null;
        await this.analyseNow(run.force);
        return;
      }
      // Skipped or no article yet: read again only when an article's worth of text arrived,
      // counted from the mutations themselves (no read of the whole page's text at each change).
      if (this.grown >= 0) this.grown += textAdded(records);
      if (!this.reads() || this.state === "analysing") return;
      if (this.grown >= 0 && this.grown < TIMING.growChars) return;
      this.armQuiet();
      this.grown = 0;
      await this.analyseNow(false);
      return;
    }
    const root = run.article.root;
    let relevant = false;
    for (const r of records) {
      if (!root.contains(r.target)) continue;
      relevant = true;
      if (r.type === "childList") r.addedNodes.forEach((n) => n.nodeType === 1 && adopt(run.article, n as Element));
    }
    if (!relevant) return;
    this.armQuiet();
    await (this.busy ?? Promise.resolve());
    await this.guard(() => this.analyseArticle(run.article, run.force));
  }

  // ---- plumbing ------------------------------------------------------------------------------

  /** Run one piece of work as its own task, after yielding to the page, and time it. */
  private async slice<T>(name: string, fn: () => T): Promise<T> {
    await yieldToPage(this.win);
    if (this.signal.aborted) throw new Error("stopped");
    return this.timed(name, fn);
  }

  /** Run `fn` now, in the current task, and count its time under `name`. */
  private timed<T>(name: string, fn: () => T): T {
    if (this.timing) return fn();
    this.timing = true;
    const t0 = this.now();
    try {
      return fn();
    } finally {
      this.timing = false;
      this.count(name, this.now() - t0);
    }
  }

  /** Main-thread time per part, "name:ms …". */
  private parts(): string {
    return Object.entries(this.sliceMs).map(([k, v]) => `${k}:${v.toFixed(1)}`).join(" ");
  }

  private count(name: string, ms: number): void {
    this.totalMs += ms;
    if (ms > this.longestMs) this.longestMs = ms;
    this.sliceMs[name] = (this.sliceMs[name] ?? 0) + ms;
  }

  /** Run a step-wise pass (article.ts) as a series of our tasks of at most about `STEP_MS` each. */
  private async steps<T>(name: string, steps: Generator<void, T>): Promise<T> {
    for (;;) {
      const r = await this.slice(name, () => {
        const end = this.now() + STEP_MS;
        for (;;) {
          const x = steps.next();
          if (x.done || this.now() >= end) return x;
        }
      });
      if (r.done) return r.value;
    }
  }

  private setState(state: PageState): void {
    this.state = state;
    if (state !== "error") this.error = null;
    if (state === "done") this.statementsNow = this.run_?.analysis.statements.length ?? 0;
    // The overlay exists only once there is something to show ("done"); until then nothing of
    // ours is on the page.
    if (state === "done") this.ensureOverlay();
  }

  private report(r: Omit<TabReport, "url" | "title">): void {
    this.reason = r.reason ?? null;
    const ext = this.deps.ext;
    if (!ext) return;
    const full: TabReport = { url: this.doc.location?.href ?? "", title: this.run_?.article.title ?? this.doc.title, ...r };
    if (full.state === "done" && !full.read) full.read = this.readInfo();
    try {
      // Nobody listening (background asleep, extension reloaded) is not our page's problem.
      void Promise.resolve(ext.runtime.sendMessage({ type: "report", payload: full })).catch(() => undefined);
    } catch {
      /* context invalidated */
    }
  }

  private fail(e: unknown): void {
    const msg = e instanceof Error ? e.message : String(e);
    if (msg === "stopped") return;
    try {
      this.state = "error";
      this.error = (msg || "unknown error").slice(0, 300);
      this.report({ state: "error", reason: msg });
    } catch {
      /* the page may have removed <html> itself; nothing more we can do quietly */
    }
  }

  private async guard(fn: () => Promise<void> | void): Promise<void> {
    try {
      await fn();
    } catch (e) {
      this.fail(e);
    }
  }

  private safe<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch (e) {
      this.fail(e);
      return undefined;
    }
  }

  /** Tear everything down: marks, overlay, listeners, observers, timers. */
  destroy(): void {
    this.abort.abort();
    this.observer?.disconnect();
    this.observer = null;
    for (const t of [this.settleTimer, this.quietTimer, this.flashTimer, this.hideTimer, this.hoverFrame, this.intentTimer]) this.win.clearTimeout(t);
    this.painter_?.clear();
    this.overlay?.remove();
    this.overlay = null;
  }

  /** What the extension's own pages learn when they ask ("status"); the page itself learns none of it. */
  status(): ContentStatus {
    return {
      state: this.state,
      statements: this.statementsNow,
      marked: this.markedNow,
      marks: this.marksOn ? "on" : "off",
      overlay: this.overlay?.host.isConnected ?? false,
      error: this.state === "error" ? this.error ?? this.reason : null,
      reason: this.reason,
      ms: this.totalMs,
      longestMs: this.longestMs,
      parts: this.parts(),
      engineMs: this.engineMs,
    };
  }

  /** For tests and the benchmark. */
  get current(): Readonly<{ state: PageState; analysis: Analysis | null; text: string | null; marked: number; reason: string | null }> {
    return { state: this.state, analysis: this.run_?.analysis ?? null, text: this.run_?.map.text ?? null, marked: this.painter_?.marked ?? 0, reason: this.reason };
  }
}

function speakerOf(s: Statement): string | null {
  return s.speaker ?? s.source?.text ?? null;
}

function firstWords(text: string, n: number): string {
  const words = text.replace(/\s+/g, " ").trim().split(" ");
  return words.length > n ? `${words.slice(0, n).join(" ")}…` : words.join(" ");
}

/**
 * Net characters of text the page gained through these mutations: the text of added nodes less
 * that of removed ones, and the growth of edited text nodes (from their first old value).
 */
export function textAdded(records: readonly MutationRecord[]): number {
  let n = 0;
  const edited = new Map<Node, number>();
  for (const r of records) {
    if (r.type === "characterData") {
      if (!edited.has(r.target)) edited.set(r.target, r.oldValue?.length ?? 0);
      continue;
    }
    r.addedNodes.forEach((node) => (n += node.textContent?.length ?? 0));
    r.removedNodes.forEach((node) => (n -= node.textContent?.length ?? 0));
  }
  for (const [node, before] of edited) n += (node.textContent?.length ?? 0) - before;
  return n;
}

/** Main-thread time one step of a long pass (scoring, drawing) may use before it yields to the page. */
const STEP_MS = 8;

/**
 * After the browser's next rendering frame (its own style and layout are done then), or at once
 * where no frame comes (a hidden tab renders nothing; no requestAnimationFrame outside browsers).
 */
function nextFrame(win: Window, doc: Document): Promise<void> {
  if (doc.visibilityState === "hidden" || typeof win.requestAnimationFrame !== "function") return Promise.resolve();
  return new Promise((resolve) => {
    // A frame that never comes (throttled iframe) must not hold the marks back.
    const late = win.setTimeout(resolve, 100);
    win.requestAnimationFrame(() => win.setTimeout(() => {
      win.clearTimeout(late);
      resolve();
    }, 0));
  });
}

/** Give the page the main thread between our tasks. */
function yieldToPage(win: Window): Promise<void> {
  const sched = (win as Window & { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (sched && typeof sched.yield === "function") return sched.yield.call(sched);
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}
