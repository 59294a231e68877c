/** The figure Phụ lục II prints for an indicator: a total made from fewer units than expected is an estimate. */
import type { Indicator } from "../catalog/types";
import type { ConsolidatedIndicator } from "../consolidation/types";
import { indicatorTexts } from "../texts/report";

/**
 * "99,8%" from 80 of the 90 units expected prints "Ước 99,8%", as the May 2026 report does for the shares
 * the communes report. A lead's own figure speaks for the province and is printed as it is; a reason
 * ("Đang thống kê số liệu") has no number to estimate.
 */
export function appendixFigure(indicator: Indicator, result: ConsolidatedIndicator): string {
  const partial =
    result.value !== undefined &&
    !result.estimate &&
    indicator.aggregation.rule !== "lead_value" &&
    result.reporting < result.expected;
  return partial ? `${indicatorTexts.estimate} ${result.display}` : result.display;
}
