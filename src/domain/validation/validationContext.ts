import type { Catalog } from "../catalog/types";
import type { IsoDate, Period } from "../language/types";

/** What a submission is checked against: the plan, the period being consolidated and the day of the check. */
export interface ValidationContext {
  /**
   * The plan with its dated changes: each file is checked against the catalog it was made with (any in force from the
   * period's first day to the as-of day) and judged by the one in force on the period's judging day (catalogInForce).
   */
  catalog: Catalog;
  period: Period;
  /** The day tasks are judged on (overdue when a due date lies before it). */
  asOf: IsoDate;
  /** Last accepted value of a cumulative indicator for this unit in an earlier period, if known. */
  previousValue?: (unitId: string, indicatorId: string) => number | undefined;
  /** First day of Phụ lục I's window, when the officer set one (consolidation only; validation ignores it). */
  documentsSince?: IsoDate;
}
