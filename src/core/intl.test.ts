import { describe, expect, test } from "vitest";
import { extractIntl, isLikelyEnglish } from "./intl";
import { analyze } from "./analyze";
import type { Statement } from "./types";

// Every sentence here is written for this test; none comes from the real pages.

function spansHold(text: string, sts: Statement[]): void {
  for (const s of sts) {
    for (const sp of [s.source, s.cue, s.content]) if (sp) expect(text.slice(sp.start, sp.end)).toBe(sp.text);
  }
}

type Row = [lang: string, text: string, content: string, source: string | null, cue: string, mode: "direct" | "according-to"];

const rows: Row[] = [
  ["fr after", "« Nous ne céderons rien sur les retraites », a déclaré Claire Morel devant la presse.", "Nous ne céderons rien sur les retraites", "Claire Morel", "a déclaré", "direct"],
  ["fr inverted", "« Le pont rouvrira au printemps prochain », a-t-elle expliqué mardi.", "Le pont rouvrira au printemps prochain", null, "a-t-elle expliqué", "direct"],
  ["fr before", "Le maire Paul Garnier a affirmé : « La piscine restera ouverte tout l’été. »", "La piscine restera ouverte tout l’été.", "Paul Garnier", "a affirmé", "direct"],
  ["fr selon", "La récolte a baissé de moitié cette année, selon la chambre d’agriculture.", "La récolte a baissé de moitié cette année", "la chambre d’agriculture", "selon", "according-to"],
  ["de after", "„Wir bauen die Strecke bis zum Herbst aus“, sagte Jonas Keller am Montag.", "Wir bauen die Strecke bis zum Herbst aus", "Jonas Keller", "sagte", "direct"],
  ["de so", "\"Die Preise steigen weiter, das ist klar\", so Petra Lang vom Verband.", "Die Preise steigen weiter, das ist klar", "Petra Lang", "so", "direct"],
  ["de laut", "Laut Polizei wurden bei dem Unfall drei Menschen leicht verletzt.", "wurden bei dem Unfall drei Menschen leicht verletzt", "Polizei", "Laut", "according-to"],
  ["es after", "\"No vamos a subir los impuestos este año\", dijo Lucía Romero en la rueda de prensa.", "No vamos a subir los impuestos este año", "Lucía Romero", "dijo", "direct"],
  ["es según", "El paro bajó dos puntos en el último trimestre, según el instituto de estadística.", "El paro bajó dos puntos en el último trimestre", "el instituto de estadística", "según", "according-to"],
  ["pt after", "“Vamos abrir mais três escolas na região”, afirmou Rafael Moura aos jornalistas.", "Vamos abrir mais três escolas na região", "Rafael Moura", "afirmou", "direct"],
  ["pt segundo", "Segundo a empresa, as obras terminam em dezembro deste ano.", "as obras terminam em dezembro deste ano", "a empresa", "Segundo", "according-to"],
  ["it after", "«Il museo riaprirà a maggio con nuove sale», ha detto Marco Bellini.", "Il museo riaprirà a maggio con nuove sale", "Marco Bellini", "ha detto", "direct"],
  ["ar before", "وقال المتحدث باسم الوزارة: «سنفتح المعبر أمام الشاحنات غدا صباحا».", "سنفتح المعبر أمام الشاحنات غدا صباحا", "المتحدث باسم الوزارة", "وقال", "direct"],
  ["ar bihasab", "ارتفعت أسعار الخبز في المدينة هذا الأسبوع، بحسب نقابة التجار.", "ارتفعت أسعار الخبز في المدينة هذا الأسبوع", "نقابة التجار", "بحسب", "according-to"],
  ["zh before", "市长王明表示：“新的地铁线路将在明年年底通车。”", "新的地铁线路将在明年年底通车。", "市长王明", "表示", "direct"],
  ["zh ju", "据当地媒体报道，这座桥梁将于下个月重新开放。", "这座桥梁将于下个月重新开放", "当地媒体", "据", "according-to"],
  ["ja after", "田中氏は「来年から料金を下げる予定だ」と述べた。", "来年から料金を下げる予定だ", "田中氏", "と述べた", "direct"],
  ["es guillemets", "«No habrá más retrasos en las obras», aseguró Andrés Vidal, director del proyecto.", "No habrá más retrasos en las obras", "Andrés Vidal", "aseguró", "direct"],
  ["pt role after", "\"O hospital vai receber mais médicos em março\", disse o secretário de saúde.", "O hospital vai receber mais médicos em março", "o secretário de saúde", "disse", "direct"],
  ["de pronoun", "„Das Angebot bleibt bis Ende Mai bestehen“, sagte er am Abend.", "Das Angebot bleibt bis Ende Mai bestehen", null, "sagte", "direct"],
  ["zh after pronoun", "“我们会继续扩大生产规模。”他说。", "我们会继续扩大生产规模。", null, "说", "direct"],
  ["ja niyoruto", "気象庁によると、今週末は大雨になる見込みだ。", "今週末は大雨になる見込みだ", "気象庁", "によると", "according-to"],
];

describe("extractIntl", () => {
  test.each(rows)("%s", (_lang, text, content, source, cue, mode) => {
    const sts = extractIntl(text);
    spansHold(text, sts);
    expect(sts).toHaveLength(1);
    const s = sts[0]!;
    expect(s.content.text).toBe(content);
    expect(s.source?.text ?? null).toBe(source);
    expect(s.cue?.text).toBe(cue);
    expect(s.mode).toBe(mode);
    expect(s.speaker).toBe(source);
    expect(s.party).toBeNull();
    expect(s.labels).toEqual([]);
    expect(s.counter).toEqual([]);
  });

  test("a named speaker is a named person, a role without a name is unnamed", () => {
    expect(extractIntl(rows[0]![1])[0]!.sourceKind).toBe("named-person");
    expect(extractIntl("„Die Lage bleibt angespannt“, sagte der Sprecher.")[0]?.sourceKind).toBe("unnamed");
  });

  test("a study is a document, a newspaper an outlet", () => {
    expect(extractIntl("Los alquileres subieron un diez por ciento, según un análisis del banco central.")[0]?.sourceKind).toBe("document");
    expect(extractIntl("Der Streik dauert noch bis Freitag, laut der Zeitung.")[0]?.sourceKind).toBe("outlet");
  });

  test("a denial verb gives a denial", () => {
    const s = extractIntl("« Je n’ai jamais signé ce contrat », a démenti Hugo Martin.");
    expect(s[0]?.stance).toBe("denial");
  });

  test.each([
    ["fr title", "Le film « La nuit des longues ombres » sort en salle mercredi prochain."],
    ["fr scare quotes", "Le gouvernement parle d’une « réforme de bon sens pour tous » dans son programme."],
    ["de term", "Die Firma nennt das neue Modell „Stadtrad für alle Wege“ und verkauft es ab Juni."],
    ["es title", "La novela \"El último verano en la costa\" ganó el premio del jurado."],
    ["pt segundo ordinal", "O segundo jogo da temporada foi adiado por causa da chuva forte."],
    ["de laut adjective", "Die Musik war so laut, dass die Nachbarn die Polizei riefen."],
    ["zh data word", "这些数据显示城市人口在过去十年里增长很快。"],
    ["short quoted word", "Er nannte den Plan „mutig“ und ging."],
    ["fr selon laquelle", "Il a rejeté l’idée selon laquelle la réforme serait trop chère, puis il est parti."],
    ["zh named quote", "这部作品“城市里的最后一个夏天”的说法在网上流传很广。"],
    ["fr d'après-guerre", "La ville a été reconstruite d’après-guerre avec de larges avenues et des parcs."],
  ])("no statement: %s", (_name, text) => {
    expect(extractIntl(text)).toEqual([]);
  });

  test("never throws and keeps spans on odd input", () => {
    for (const t of ["", "«", "» «", "\"\"\"\"", "selon", "によると", "据", "« a b c », a déclaré", "a".repeat(5000) + "«" + "b ".repeat(3000)]) {
      const sts = extractIntl(t);
      spansHold(t, sts);
    }
  });
});

describe("isLikelyEnglish", () => {
  test.each([
    ["English news", "The mayor said on Tuesday that the bridge would reopen in the spring, and officials from the transport agency were not available for comment.", true],
    ["very short text", "Hello world", true],
    ["French", "Le maire a annoncé mardi que le pont rouvrira au printemps et que les travaux sont presque terminés pour les habitants.", false],
    ["German", "Der Bürgermeister sagte am Dienstag, dass die Brücke im Frühjahr wieder geöffnet wird und die Arbeiten fast fertig sind.", false],
    ["Spanish", "El alcalde dijo el martes que el puente se abrirá en primavera y que las obras están casi terminadas para los vecinos.", false],
    ["Arabic", "وقال رئيس البلدية يوم الثلاثاء إن الجسر سيعاد فتحه في الربيع وإن الأعمال أوشكت على الانتهاء في المدينة.", false],
    ["Chinese", "市长星期二表示，这座桥将在春天重新开放，施工已经接近完成，居民很快就可以通行了。", false],
  ])("%s", (_name, text, english) => {
    expect(isLikelyEnglish(text)).toBe(english);
  });
});

describe("analyze on non-English text", () => {
  test("a French paragraph gets its statements through the fallback", () => {
    const text =
      "La ville va fermer deux écoles à la rentrée. « Nous n’avons pas d’autre choix avec ce budget », a déclaré Claire Morel, adjointe au maire. Les parents ont protesté devant la mairie pendant toute la matinée.";
    const a = analyze(text);
    expect(a.statements.length).toBe(1);
    expect(a.statements[0]!.source?.text).toBe("Claire Morel");
    spansHold(text, a.statements);
  });

  test("a German text without any speech gets nothing", () => {
    const text = "Die Stadt baut eine neue Brücke über den Fluss. Die Arbeiten beginnen im März und dauern zwei Jahre. Der Film „Die lange Nacht am Fluss“ läuft im Kino.";
    expect(analyze(text).statements).toEqual([]);
  });
});
