// Types for the deep import of Readability's cheap pre-check alone (the package's index pulls in
// the whole of Readability, which the content script no longer needs on its hot path).
declare module "@mozilla/readability/Readability-readerable.js" {
  export default function isProbablyReaderable(
    doc: Document,
    options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
}
