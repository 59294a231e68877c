/** The report's section III ("Kết quả thực hiện nhiệm vụ") lines, computed from the task counts. */
import type { TaskCounts } from "../consolidation/types";
import { periodLabel } from "../language/parsePeriod";
import type { Period } from "../language/types";
import { beforePeriodPhrase } from "./beforePeriodPhrase";
import { taskSentenceTexts } from "../texts/report";

/**
 * Recurring tasks ("Hằng tháng", "Hằng quý") have no slot of their own in the report, so they are counted with the
 * continuous ones in the "thường xuyên" line, which then says so; the counts keep them apart.
 */
export function taskSentences(counts: TaskCounts, period: Period): string[] {
  const { dueBefore, dueInPeriod, notYetDue } = counts;
  const ongoing = counts.continuous + counts.recurring;
  return [
    taskSentenceTexts.total(counts.total),
    period.kind === "year"
      ? taskSentenceTexts.continuousInYear(ongoing, counts.recurring > 0)
      : taskSentenceTexts.continuous(ongoing, period.year, counts.recurring > 0),
    taskSentenceTexts.dueBefore(beforePeriodPhrase(period), dueBefore.total, dueBefore.done, dueBefore.overdue),
    taskSentenceTexts.dueInPeriod(
      periodLabel(period),
      dueInPeriod.total,
      dueInPeriod.done,
      dueInPeriod.onTime,
      dueInPeriod.overdue,
    ),
    taskSentenceTexts.notYetDue(notYetDue.total, notYetDue.done, notYetDue.inProgress, notYetDue.notStarted),
  ];
}
