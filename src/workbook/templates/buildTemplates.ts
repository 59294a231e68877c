/** The template builders in one module, so the task pane can load them (and ExcelJS) on demand. */
export { buildPlanWorkbook } from "./buildPlanAppendices";
export { buildBlankForm, buildFormWorkbook } from "./buildUnitForm";
