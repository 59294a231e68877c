/** A unit's report form for one period: cover, indicators, tasks and the hidden identity. */
import type { Catalog } from "../../domain/catalog/types";
import { vietnameseDate } from "../../domain/language/vietnameseDate";
import {
  FORM_TEMPLATE_ID,
  FORM_TEMPLATE_VERSION,
  formContentFor,
  formFingerprint,
  type FormContent,
} from "../../domain/forms/formContent";
import { periodLabel, reportDeadline } from "../../domain/language/parsePeriod";
import type { IsoDate, Period } from "../../domain/language/types";
import { createWorkbook } from "../model/buildSheet";
import type { Workbook } from "../model/types";
import { templateDate } from "./buildPlanAppendices";
import { addCoverSheet } from "./coverSheet";
import { addDocumentSheet } from "./documentSheet";
import { addIdentitySheet } from "./identitySheet";
import { addIndicatorSheet } from "./indicatorSheet";
import { addTaskSheet } from "./taskSheet";
import { addTemplateStyles } from "./templateStyles";
import { formTexts } from "../../domain/texts/templates";
import { uiTexts } from "../../domain/texts/ui";

interface FormUnit {
  id: string;
  /** Undefined on the blank form. */
  name?: string;
}

/** The report date is the last day allowed; the plan says "trước ngày 11", so the cover names the day after it. */
function dayAfter(date: IsoDate): string {
  const [year, month, day] = date.split("-").map(Number);
  return vietnameseDate(new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10));
}

function buildForm(catalog: Catalog, unit: FormUnit, content: FormContent, period: Period): Workbook {
  const workbook = createWorkbook({
    creator: uiTexts.appName,
    created: templateDate(period.year, Number(period.start.slice(5, 7))),
  });
  addTemplateStyles(workbook);
  const label = periodLabel(period);
  const unitLine = formTexts.unitAndPeriod(unit.name ?? formTexts.blankUnit, label);
  workbook.sheets.push(
    addCoverSheet({
      year: catalog.year,
      unitName: unit.name,
      periodLabel: label,
      deadline: formTexts.deadline(dayAfter(reportDeadline(period))),
    }),
    addIndicatorSheet(catalog, content.indicators, formTexts.indicatorsTitle(catalog.year), unitLine),
    addTaskSheet(catalog, content.tasks, formTexts.tasksTitle(catalog.year), unitLine),
    addDocumentSheet(content.tasks, unitLine),
    addIdentitySheet({
      templateId: FORM_TEMPLATE_ID,
      templateVersion: FORM_TEMPLATE_VERSION,
      catalogYear: catalog.year,
      unitId: unit.id,
      period: period.code,
      fingerprint: formFingerprint(content, { unitId: unit.id, period: period.code }),
    }),
  );
  return workbook;
}

/** The form of a unit of the catalog (an unknown id is a programming error: it throws). */
export function buildFormWorkbook(catalog: Catalog, unitId: string, period: Period): Workbook {
  const unit = catalog.units.find((candidate) => candidate.id === unitId);
  if (!unit) throw new Error(`Unknown unit id: ${unitId}`);
  return buildForm(catalog, { id: unit.id, name: unit.name }, formContentFor(catalog, unitId), period);
}

/** Every indicator and task, no unit (its id is empty and its name an input): the task pane's blank form. */
export function buildBlankForm(catalog: Catalog, period: Period): Workbook {
  const content: FormContent = {
    indicators: catalog.indicators.filter((item) => !item.isHeading),
    tasks: catalog.tasks.filter((item) => !item.isHeading),
  };
  return buildForm(catalog, { id: "" }, content, period);
}
