// errorKey (harness-content.ts): the same error of a page's own request, logged on two loads with
// per-load random file names, gets one key; an error of the extension's own scripts keeps its address.
import { describe, expect, test } from "vitest";
import { errorKey } from "./harness-content";

describe("errorKey", () => {
  test("a page's request with a random file name per load: one key", () => {
    const a = "Cross-Origin Request Blocked: reading the remote resource at http://ads.example/img/2020_Xk3qPzT9_banner_148x106.jpg. (Reason: CORS request did not succeed).";
    const b = "Cross-Origin Request Blocked: reading the remote resource at http://ads.example/img/2020_mQvRtTyW_banner_148x106.jpg. (Reason: CORS request did not succeed).";
    expect(errorKey(a)).toBe(errorKey(b));
    expect(errorKey("GET https://cdn.example/a.js?v=12 net::ERR_FAILED")).toBe(errorKey("GET https://cdn.example/b.js?v=13 net::ERR_FAILED"));
  });

  test("different origins, messages or extension scripts stay apart", () => {
    expect(errorKey("failed to load http://one.example/x.jpg")).not.toBe(errorKey("failed to load http://two.example/x.jpg"));
    expect(errorKey("TypeError: x is undefined")).not.toBe(errorKey("TypeError: y is undefined"));
    expect(errorKey("Error at moz-extension://abc/content.js:1:2")).toContain("moz-extension://abc/content.js");
  });
});
