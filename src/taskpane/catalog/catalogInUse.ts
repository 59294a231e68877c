import type { Catalog } from "../../domain/catalog/types";
import { uiTexts } from "../../domain/texts/ui";

/** The catalog every panel works with: the plan shipped with the add-in, or the one typed in the workbook. */
export interface CatalogInUse {
  catalog: Catalog;
  source: "builtIn" | "workbook";
}

/** "Đang dùng danh mục trong sổ làm việc (năm 2026, 53 chỉ tiêu, 75 nhiệm vụ, 102 đơn vị)." Headings are not counted. */
export function describeCatalogInUse({ catalog, source }: CatalogInUse): string {
  const indicators = catalog.indicators.filter((indicator) => !indicator.isHeading).length;
  const tasks = catalog.tasks.filter((task) => !task.isHeading).length;
  const describe = source === "workbook" ? uiTexts.catalog.fromWorkbook : uiTexts.catalog.builtIn;
  return describe(catalog.year, indicators, tasks, catalog.units.length);
}
