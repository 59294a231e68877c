/**
 * The parts of Phụ lục III the catalog has tasks for. Today every task is the CĐS plan's (part B); once the
 * catalog has task programmes, part A lists the KHCN plan's tasks the same way.
 */
import type { Catalog } from "../../../domain/catalog/types";
import { PART_TITLES } from "../../../domain/texts/templates";
import type { TaskAppendixPart } from "./taskAppendix";

export function taskAppendixParts(catalog: Catalog): TaskAppendixPart[] {
  return [{ heading: PART_TITLES.B, tasks: catalog.tasks }];
}
