import { columnHeaders } from "../../../src/domain/texts/formColumns";
import inputValidation from "../../../src/domain/texts/inputValidation.json";
import { inputValidationTexts } from "../../../src/domain/texts/templates";

describe("inputValidationTexts", () => {
  const kinds = Object.keys(inputValidation);

  it("gives all 19 input kinds of the data file a titled prompt and error within Excel's limits", () => {
    expect(kinds).toHaveLength(19);
    expect(Object.keys(inputValidationTexts)).toEqual(kinds);
    for (const { prompt, error } of Object.values(inputValidationTexts)) {
      for (const { title, message } of [prompt, error]) {
        expect(title.length).toBeGreaterThan(0);
        expect(title.length).toBeLessThanOrEqual(32);
        expect(message.length).toBeGreaterThan(0);
        expect(message.length).toBeLessThanOrEqual(255);
      }
    }
  });

  it("titles the prompt of an input on a form column with that column's header, spelled once", () => {
    const byColumn = Object.entries(inputValidation).flatMap(([kind, { prompt }]) =>
      "column" in prompt ? [[kind, prompt.column] as const] : [],
    );
    expect(byColumn.length).toBe(11);
    for (const [kind, column] of byColumn) {
      expect(inputValidationTexts[kind as keyof typeof inputValidation].prompt.title).toBe(
        columnHeaders[column as "numerator"],
      );
    }
    expect(inputValidationTexts.numerator.prompt.title).toBe("Tử số");
    expect(inputValidationTexts.percent.prompt.title).toBe("Kết quả (%)");
  });
});
