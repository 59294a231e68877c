import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "acorn";

const SCRIPT = resolve(__dirname, "../../../src/taskpane/oldWebview/oldWebview.js");

describe("oldWebview.js", () => {
  it("is ES5, which Internet Explorer 11 and the old Edge parse", () => {
    const es5 = (code: string) => () => parse(code, { ecmaVersion: 5 });
    expect(es5(readFileSync(SCRIPT, "utf8"))).not.toThrow();
    // The parser refuses what those engines refuse.
    for (const modern of ["a?.b;", "a ?? b;", "const a = 1;", "var f = () => 1;", "var s = `x`;"]) {
      expect(es5(modern)).toThrow(SyntaxError);
    }
  });
});
