/**
 * Every text a user sees, in Vietnamese, one file per area. Translators and proofreaders: this folder is all
 * there is to read; the code around it holds only identifiers and comments in English.
 *
 *   ui.ts             the task pane (buttons, panels, notices)
 *   cli.ts            the command line (usage, progress, results)
 *   values.ts         numbers, values and targets as the officer writes them
 *   deadlines.ts      deadlines, report periods, task classification
 *   units.ts          unit names and their matching
 *   catalogTables.ts  the catalog sheets typed in the workbook, and the catalog built from them
 *   revisions.ts      the catalog's dated changes (a target revised, a task added, a unit renamed or merged)
 *   validation.ts     findings on a unit's report, with how to fix each
 *   report.ts         the consolidated report's sentences and task/indicator wording
 *   summary.ts        the summary workbook (sheet names, titles, headers)
 *   templates.ts      the plan appendices, the unit forms, their input prompts, the form reader's messages
 *   workbook.ts       the table model and its writers (sheet names, Excel limits, missing API sets)
 *   inspect.ts        submitted files that are not a form, or hold parts the reader ignores
 *   samples.ts        what the sample units write, and the samples command's summary
 *
 * Code imports the area file it needs (`domain/texts/ui`), not this index; the index names every area so a
 * translator misses none. Not here, on purpose: the plan's catalog (catalog/data/*.json), the vocabularies
 * the parsers recognise (reason phrases, deadline words, responsibility phrases), and the sheet and column
 * names the readers match (workbook/templates/formLayout.ts, domain/catalog/catalogTable.ts): changing those
 * changes what the program understands, not only what it says.
 */
export * as catalogTables from "./catalogTables";
export * as cli from "./cli";
export * as deadlines from "./deadlines";
export * as inspect from "./inspect";
export * as report from "./report";
export * as revisions from "./revisions";
export * as samples from "./samples";
export * as summary from "./summary";
export * as templates from "./templates";
export * as ui from "./ui";
export * as units from "./units";
export * as validation from "./validation";
export * as values from "./values";
export * as workbook from "./workbook";
