import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import reportSentenceData from "../../../src/domain/catalog/data/report-sentences.json";
import { reportSentencesFor } from "../../../src/domain/catalog/reportSentences";

describe("report-sentences.json", () => {
  const catalog = catalog2026();

  it("words one task of the 2026 plan, NV.I.2, which section I of 003 carries (see NOTES.md)", () => {
    expect(reportSentenceData.year).toBe(catalog.year);
    const phrases = reportSentencesFor(catalog);
    expect([...phrases.keys()]).toEqual(Object.keys(reportSentenceData.tasks));
    expect([...phrases].filter(([, phrase]) => phrase.leadership).map(([id]) => id)).toEqual(["NV.I.2"]);
  });

  it("names only tasks of the catalog that units report on, each phrase written out, NFC", () => {
    const reported = new Set(catalog.tasks.filter((task) => !task.isHeading).map((task) => task.id));
    for (const [taskId, phrase] of Object.entries(reportSentenceData.tasks)) {
      expect(reported.has(taskId)).toBe(true);
      for (const text of [phrase.done, phrase.notDoneLead, phrase.leadership?.leadIn ?? "x"]) {
        expect(text.trim()).not.toBe("");
        expect(text).toBe(text.normalize("NFC"));
      }
    }
  });

  it("gives nothing for another plan year", () => {
    expect(reportSentencesFor({ ...catalog, year: 2027 }).size).toBe(0);
  });
});
