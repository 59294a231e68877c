/**
 * Excel's own checks on the form's inputs. "Kết quả thực hiện" uses a custom formula that lets any text
 * through (a reason such as "Đang thống kê số liệu" or an estimate "Ước 87,6%", which the validator reads)
 * and stops a number out of range: an error style "warning" would let 150% through after one click.
 */
import type { Indicator } from "../../domain/catalog/types";
import type { TargetOperator } from "../../domain/language/types";
import { address } from "../model/addresses";
import type { ConditionalFormat, DataValidation, ValidationRule } from "../model/types";
import { TASK_STATUSES } from "./formLayout";
import { rowRuns } from "./rowRuns";
import { inputValidationTexts, type InputKind } from "../../domain/texts/templates";

export type { InputKind };

/** The rule of `kind` for a range whose top-left cell is `cell`; `pair` is the other cell of Tử số/Mẫu số. */
function ruleFor(kind: InputKind, cell: string, pair: string): ValidationRule {
  switch (kind) {
    case "percent":
    case "computedPercent":
      return { kind: "custom", formula: `OR(ISTEXT(${cell}),AND(${cell}>=0,${cell}<=100))` };
    case "count":
      return { kind: "custom", formula: `OR(ISTEXT(${cell}),AND(${cell}>=0,${cell}=INT(${cell})))` };
    case "amount":
      return { kind: "custom", formula: `OR(ISTEXT(${cell}),${cell}>=0)` };
    case "numerator":
      return {
        kind: "custom",
        formula: `AND(ISNUMBER(${cell}),${cell}>=0,${cell}=INT(${cell}),OR(NOT(ISNUMBER(${pair})),${cell}<=${pair}))`,
      };
    case "denominator":
      // A rate over nothing has no meaning: a unit without cases writes a reason instead.
      return {
        kind: "custom",
        formula: `AND(ISNUMBER(${cell}),${cell}>0,${cell}=INT(${cell}),OR(NOT(ISNUMBER(${pair})),${pair}<=${cell}))`,
      };
    case "status":
      return { kind: "list", values: [...TASK_STATUSES] };
    case "progress":
      return { kind: "decimal", min: 0, max: 100 };
    case "note":
      return lengthAtMost(cell, 500);
    case "description":
      return lengthAtMost(cell, 2000);
    case "difficulties":
    case "proposals":
      return lengthAtMost(cell, 1000);
    case "documentNumber":
      return { kind: "custom", formula: `AND(LEN(${cell})<=50,ISNUMBER(SEARCH("/",${cell})))` };
    case "documentDate":
      // Text passes: "14/4/2026" typed where Excel's locale reads days otherwise stays text, which the validator reads.
      return { kind: "custom", formula: `OR(ISTEXT(${cell}),AND(ISNUMBER(${cell}),${cell}>=1,${cell}<=TODAY()))` };
    case "documentSummary":
      return lengthAtMost(cell, 1000);
    case "documentTask":
      return lengthAtMost(cell, 100);
    case "contactName":
      return lengthAtMost(cell, 100);
    case "contactPhone":
      return lengthAtMost(cell, 20);
    case "contactEmail":
      return { kind: "custom", formula: `ISNUMBER(SEARCH("@",${cell}))` };
  }
}

function lengthAtMost(cell: string, letters: number): ValidationRule {
  return { kind: "custom", formula: `LEN(${cell})<=${letters}` };
}

/** One validation over rows first–last of `col`; `pairCol` is the other column of Tử số/Mẫu số. */
export function inputValidation(
  kind: InputKind,
  col: number,
  first: number,
  last: number,
  pairCol = col,
): DataValidation {
  const texts = inputValidationTexts[kind];
  return {
    range: `${address(first, col)}:${address(last, col)}`,
    rule: ruleFor(kind, address(first, col), address(first, pairCol)),
    allowBlank: true,
    prompt: { ...texts.prompt },
    error: { ...texts.error, style: "stop" },
  };
}

/** Validations for the rows of one column, a rule per run of rows of the same kind. */
export function columnValidations(
  col: number,
  rows: { row: number; kind: InputKind }[],
  pairCol?: number,
): DataValidation[] {
  return rowRuns(rows.map(({ row, kind }) => ({ row, key: kind }))).map((run) =>
    inputValidation(run.key as InputKind, col, run.first, run.last, pairCol),
  );
}

/** The check "value misses the target" in Excel's terms, or undefined where a formula cannot say it. */
function missesTarget(op: TargetOperator, cell: string, value: number): string | undefined {
  if (op === ">=") return `${cell}<${value}`;
  if (op === "<=") return `${cell}>${value}`;
  if (op === "=") return `${cell}<>${value}`;
  // "Tăng tối thiểu 01" compares with last year's figure, which the validator knows and Excel does not.
  return undefined;
}

const BELOW_TARGET_STYLE = { fill: "FFC7CE", font: { color: "9C0006" } };

/** Red fill on a result that misses its parsed target; text (a reason, "Ước …") and blanks stay plain. */
export function belowTargetFormats(col: number, rows: { row: number; indicator: Indicator }[]): ConditionalFormat[] {
  const keyed = rows.flatMap(({ row, indicator }) =>
    indicator.target && missesTarget(indicator.target.op, "X", indicator.target.value)
      ? [{ row, key: `${indicator.target.op}|${indicator.target.value}` }]
      : [],
  );
  return rowRuns(keyed).map((run) => {
    const [op, value] = run.key.split("|");
    const cell = address(run.first, col);
    return {
      range: `${cell}:${address(run.last, col)}`,
      rule: {
        kind: "formula",
        formula: `AND(ISNUMBER(${cell}),${missesTarget(op as TargetOperator, cell, Number(value))})`,
      },
      style: BELOW_TARGET_STYLE,
    };
  });
}
