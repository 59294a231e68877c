import { consolidateAndReport } from "../../../src/domain/report/reportConsolidation";
import { footnoteMark, reportSections } from "../../../src/domain/report/reportSections";
import { catalog, period, taskEntry, unitFile } from "../consolidation/fixtures";

describe("reportSections", () => {
  it("puts the sources in the report's order, section by section, and leaves empty sections out", () => {
    const sections = reportSections([
      { section: "tasks", sentences: [{ text: "Tổng số: 75 nhiệm vụ, trong đó:" }] },
      { section: "completeness", sentences: [] },
      { section: "leadership", sentences: [{ text: "Ban hành 22 văn bản (Phụ lục I kèm theo)." }] },
      { section: "leadership", sentences: [{ text: "Đến nay 11/15 sở, ban, ngành đã cập nhật Kế hoạch." }] },
    ]);
    expect(sections.map((section) => [section.id, section.heading, section.sentences.map((s) => s.text)])).toEqual([
      [
        "leadership",
        "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH",
        ["Ban hành 22 văn bản (Phụ lục I kèm theo).", "Đến nay 11/15 sở, ban, ngành đã cập nhật Kế hoạch."],
      ],
      ["tasks", "III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", ["Tổng số: 75 nhiệm vụ, trong đó:"]],
    ]);
  });

  it("numbers the footnotes across the report, the mark before the sentence's full stop", () => {
    const sections = reportSections([
      { section: "tasks", sentences: [{ text: "Có 08 đơn vị báo cáo", footnote: "Gồm: Sở Xây dựng, …" }] },
      {
        section: "leadership",
        sentences: [
          { text: "Đến nay 11/15 sở đã cập nhật Kế hoạch.", footnote: "Chưa nhận được Kế hoạch của 04/15 sở." },
        ],
      },
    ]);
    expect(sections.flatMap((section) => section.sentences)).toEqual([
      { text: "Đến nay 11/15 sở đã cập nhật Kế hoạch¹.", footnote: "¹ Chưa nhận được Kế hoạch của 04/15 sở." },
      { text: "Có 08 đơn vị báo cáo²", footnote: "² Gồm: Sở Xây dựng, …" },
    ]);
  });

  it.each([
    [1, "¹"],
    [4, "⁴"],
    [10, "¹⁰"],
    [23, "²³"],
  ])("marks footnote %i as %s", (n, mark) => {
    expect(footnoteMark(n)).toBe(mark);
  });
});

describe("the report's sentences from a consolidation", () => {
  const so = catalog.units.filter((unit) => unit.group === "so");
  const xa = catalog.units.filter((unit) => unit.group === "xa");
  const two = (n: number) => String(n).padStart(2, "0");

  /** Every sở and xã but those named reports NV.I.2 done; the named ones send nothing. */
  function sections(silent: string[]) {
    const files = [...so, ...xa]
      .filter((unit) => !silent.includes(unit.id))
      .map((unit) => unitFile(unit.id, { tasks: [taskEntry("NV.I.2", "done", "Đã cập nhật Kế hoạch.")] }));
    return consolidateAndReport({ catalog, period: period("2026-05"), asOf: "2026-05-14", files }).reportSections;
  }

  it("writes section I's plan sentence with the units that sent nothing in its footnote, then who reported, then III", () => {
    const result = sections(["so-tc", "so-yt", "xa-chieng-sung", "phuong-chieng-an"]);
    expect(result.map((section) => section.id)).toEqual(["leadership", "completeness", "tasks"]);
    // Section I opens with the documents issued (none here), then the plan sentence.
    expect(result[0].sentences[0].text).toMatch(/các đơn vị chưa báo cáo văn bản chỉ đạo/);
    expect(result[0].sentences.slice(1)).toEqual([
      {
        text:
          "Thực hiện Quyết định số 1055/QĐ-UBND ngày 29/4/2026 của UBND tỉnh, đến nay " +
          `${two(so.length - 2)}/${so.length} sở, ban, ngành và ${two(xa.length - 2)}/${xa.length} xã, phường ` +
          "đã cập nhật, điều chỉnh Kế hoạch chuyển đổi số năm 2026¹.",
        footnote:
          `¹ Sở Khoa học và Công nghệ chưa nhận được Kế hoạch của 02/${so.length} sở (Tài chính; Y tế) ` +
          `và 02/${xa.length} xã, phường (Chiềng An; Chiềng Sung).`,
      },
    ]);
    expect(result[1].sentences[0].text).toMatch(/đã gửi báo cáo; chưa nhận được báo cáo của: Sở Tài chính; Sở Y tế; /);
    // Section III: each programme under its title, the CĐS plan first.
    expect(result[2].sentences.slice(0, 2).map((sentence) => sentence.text)).toEqual([
      "Nhiệm vụ Chuyển đổi số năm 2026",
      "Tổng số: 75 nhiệm vụ, trong đó:",
    ]);
    const titles = catalog.programmes.map((programme) => programme.title);
    expect(result[2].sentences.filter((sentence) => titles.includes(sentence.text))).toHaveLength(titles.length);
  });

  it("has no footnote when every unit is done", () => {
    const [leadership] = sections([]);
    expect(leadership.sentences[1].text).toContain(
      `${so.length}/${so.length} sở, ban, ngành và ${xa.length}/${xa.length} xã`,
    );
    expect(leadership.sentences[1].footnote).toBeUndefined();
  });

  it("has no plan sentence in section I when nobody reported on the plan, only the documents line", () => {
    const result = consolidateAndReport({ catalog, period: period("2026-05"), asOf: "2026-05-14", files: [] });
    expect(result.reportSections.map((section) => section.id)).toEqual(["leadership", "completeness", "tasks"]);
    expect(result.reportSections[0].sentences).toEqual([{ text: result.documentsSentence }]);
  });
});
