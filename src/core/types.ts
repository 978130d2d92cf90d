// The Analysis contract of DESIGN.md: what core returns, what the CLI prints as JSON, what the
// content script and popup draw. Offsets are UTF-16 code units into the analysed text.

export type Span = { start: number; end: number; text: string };

export type Mode = "direct" | "mixed" | "indirect" | "according-to";
export type Stance = "neutral" | "assertive" | "allegation" | "denial" | "concession" | "hedged";
export type SourceKind =
  | "named-person"
  | "named-organization"
  | "official"
  | "unnamed"
  | "anonymous"
  | "document"
  | "outlet"
  | "none";

/** What a cue reports: words said or written, an "according to", or something the reader should
 *  not see as speech (a belief, a perception, evidence, another act). */
export type CueClass = "speech" | "according-to" | "belief" | "perception" | "evidence" | "other";

export type CounterKind = "in-article" | "history" | "search";
export type Counter = { kind: CounterKind; label: string; statement?: number; url?: string };

export type Statement = {
  source: Span | null;
  cue: Span | null;
  content: Span;
  contentParts?: Span[];
  mode: Mode;
  stance: Stance;
  sourceKind: SourceKind;
  speaker: string | null;
  party: string | null;
  parent?: number;
  labels: string[];
  counter: Counter[];
  /** How likely the cue reports an attribution (0-1), from the trained reader (src/core/model). */
  confidence?: number;
  cueClass?: CueClass;
  /** Whether the extension marks it for the reader (core's display policy, src/core/display.ts).
   *  analyze() always sets these three; optional so analyses stored before them still read. */
  shown?: boolean;
};

export type Party = { id: string; name: string; aliases: string[]; quoted: boolean };

export type Dispute = {
  kind: "rebuttal" | "accusation";
  from: number;
  against: string;
  answers?: number;
};

/** A side's silence ("declined to comment", "did not respond"): never an answer, listed apart. */
export type NonAnswer = { span: Span; who: string; party: string | null };

/** A loaded descriptor the writer uses ("ragtag") and the noun phrase it frames. */
export type LoadedWord = { word: Span; phrase: Span };

export type Analysis = {
  statements: Statement[];
  parties: Party[];
  disputes: Dispute[];
  unnamedSources: Span[];
  /** Every loaded descriptor in the text, also those framing a group that never speaks (an
   *  addition to DESIGN.md's contract; optional, so older stored analyses still read). */
  loadedWords?: LoadedWord[];
  /** "declined to comment", "did not respond": each side's non-answers (an addition to DESIGN.md's
   *  contract; optional). */
  nonAnswers?: NonAnswer[];
  timings: { ms: number };
  /** The page gate's verdict (src/core/gate.ts): whether the text reads as a news article with
   *  reported speech. When it does not, statements are empty unless the reader forced the run. */
  verdict?: Verdict;
  /** The reader's own corrections of this article, as the extension applied them (never set by
   *  core; src/background/corrections). Optional: absent when the reader corrected nothing. */
  corrections?: AppliedCorrection[];
};

/** A correction the reader made ("not a statement", "wrong speaker"), as applied to an Analysis. */
export type AppliedCorrection = {
  /** the stored correction's id (for undo) */
  id: string;
  kind: "not-statement" | "speaker";
  /** the statement it changed, by its index now; null when it removed the statement */
  statement: number | null;
  /** the statement's key before any correction (normalised text hash + speaker) */
  key: string;
  /** what Whosaid read before the correction, in words */
  was: { speaker: string | null; side: string | null };
  /** the statement's own `speaker` and `party` before the correction */
  engine: { speaker: string | null; party: string | null };
  /** the start of what was said */
  content: string;
};

export type Verdict = {
  /** true when the text reads as a news article with reported speech */
  article: boolean;
  /** one line for the popup and the CLI */
  reason: string;
  /** statements introduced by a reporting verb, with a source */
  reporting: number;
  /** reporting statements per 1,000 words */
  density: number;
};
