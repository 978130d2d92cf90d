// @vitest-environment jsdom
// A list of related headlines inside the article (each item a link) is page furniture at any
// length: its headlines ("Mayor says …") are not the article's statements. A paragraph with a link
// in it, and a bulleted list that is mostly words, stay. Invented text throughout.
import { describe, expect, test } from "vitest";
import { readPage } from "../../src/shared/article";

const para = (s: string): string => `<p>${s}</p>`;
const BODY = [
  "The harbour board of Kessel voted on Tuesday to close the old ferry pier for repairs, a decision that will leave the island without a daily crossing for most of the winter.",
  "“We could not keep sending people over rotten planks,” said Dana Morrow, the board's chair, after a meeting that ran late into the evening.",
  `Fishermen said they had warned the board for years, and pointed to a <a href="https://example.org/report">survey from 2019</a> that found the pilings unsafe.`,
  "The repairs are expected to cost about 4 million euros, paid for by the regional government and the town in equal shares, according to the board.",
  "Ferry captain Tom Vale said the crews would be moved to the mainland route until the spring, and that no jobs would be lost.",
];
const HEADLINES = [
  "Mayor says harbour tolls will stay until spring despite protests",
  "Fishermen warn that the north quay is sinking faster than expected",
  "Board chair says the ferry contract will be put out to tender again",
  "Island school asks for a second boat on winter mornings",
  "Regional minister promises money for the harbour, but not this year",
  "Captains say the new timetable leaves no time for repairs",
  "Kessel council says it will not raise parking fees this winter",
];

function page(list: string): string {
  return `<html><head><title>Pier to close</title></head><body><article><h1>Kessel pier to close for winter repairs</h1>${para(BODY[0]!)}${para(BODY[1]!)}${list}${BODY.slice(2).map(para).join("")}</article></body></html>`;
}

describe("lists of links inside the article", () => {
  test("a long list of related headlines is left out of the text", () => {
    const related = `<ul class="recirc">${HEADLINES.map((h, i) => `<li><a href="https://example.org/${i}">${h}</a></li>`).join("")}</ul>`;
    expect(related.replace(/<[^>]+>/g, "").length).toBeGreaterThan(400);
    document.documentElement.innerHTML = page(related);
    const text = readPage(document)!.text;
    for (const h of HEADLINES) expect(text).not.toContain(h);
    for (const b of BODY) expect(text).toContain(b.replace(/<[^>]+>/g, ""));
  });

  test("a bulleted list that is mostly words stays, links and all", () => {
    const items = [
      "The pier closes on 1 November and reopens in April, weather permitting",
      `Passengers can use the <a href="https://example.org/bus">mainland bus</a> and the northern ferry, which adds two crossings a day`,
      "Freight will go through the fishing harbour, with a limit of ten tonnes per lorry",
      "Residents with a medical need can book the board's water taxi free of charge",
      "The board will hold an open meeting on the works in the town hall in December",
    ];
    document.documentElement.innerHTML = page(`<ul>${items.map((s) => `<li>${s}</li>`).join("")}</ul>`);
    const text = readPage(document)!.text;
    for (const s of items) expect(text).toContain(s.replace(/<[^>]+>/g, ""));
  });
});
