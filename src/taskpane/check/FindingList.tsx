import { useMemo, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Caption1,
  Field,
  Link,
  SearchBox,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
  type BadgeProps,
} from "@fluentui/react-components";
import type { Finding, Severity } from "../../domain/validation/types";
import { uiTexts } from "../../domain/texts/ui";
import { formatVietnameseNumber } from "../../domain/language/vietnameseNumber";
import { countBySeverity, groupFindings } from "./groupFindings";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  filters: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  items: { margin: 0, paddingLeft: 0, listStyleType: "none", display: "flex", flexDirection: "column" },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const SEVERITIES: Severity[] = ["error", "warning", "info"];

const BADGE_COLOR: Record<Severity, BadgeProps["color"]> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

export interface FindingListProps {
  findings: readonly Finding[];
  unitNames: Readonly<Record<string, string>>;
  /**
   * Where a finding's cell is in the open workbook, when it is there: the workbook's own sheets, or the sheet an
   * imported file became. A finding with a place can be clicked to select its cell.
   */
  placeInWorkbook?: (finding: Finding) => WorkbookCell | undefined;
  onSelectCell?: (place: WorkbookCell) => void;
}

export interface WorkbookCell {
  sheet: string;
  cell: string;
}

function Location({
  finding,
  placeInWorkbook,
  onSelectCell,
}: { finding: Finding } & Pick<FindingListProps, "placeInWorkbook" | "onSelectCell">) {
  const { sheet, cell } = finding;
  if (!sheet) return null;
  const location = uiTexts.check.location(sheet, cell);
  const place = placeInWorkbook?.(finding);
  if (onSelectCell && place) {
    const target = uiTexts.check.location(place.sheet, place.cell);
    return (
      <Link as="button" aria-label={uiTexts.check.goTo(target)} onClick={() => onSelectCell(place)}>
        {location}
      </Link>
    );
  }
  return <Caption1>{location}</Caption1>;
}

/** Findings by kind, errors first and open; a severity filter (on errors when there are any) and a search box. */
export function FindingList({ findings, unitNames, placeInWorkbook, onSelectCell }: FindingListProps) {
  const styles = useStyles();
  const texts = uiTexts.check;
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const [severity, setSeverity] = useState<Severity | "all">(counts.error > 0 ? "error" : "all");
  const [query, setQuery] = useState("");
  const groups = useMemo(
    () => groupFindings(findings, unitNames, { severity: severity === "all" ? undefined : severity, query }),
    [findings, unitNames, severity, query],
  );
  const openErrors = useMemo(
    () => groups.filter((group) => group.severity === "error").map((group) => group.key),
    [groups],
  );
  if (findings.length === 0) return <Body1>{texts.noFindings}</Body1>;
  return (
    <div className={styles.list}>
      <Body1 role="status">
        {texts.severityLine({
          error: formatVietnameseNumber(counts.error),
          warning: formatVietnameseNumber(counts.warning),
          info: formatVietnameseNumber(counts.info),
        })}
      </Body1>
      <div className={styles.filters}>
        <Field label={texts.severityFilter}>
          <Select value={severity} onChange={(_, data) => setSeverity(data.value as Severity | "all")}>
            <option value="all">{texts.counted(texts.allSeverities, formatVietnameseNumber(findings.length))}</option>
            {SEVERITIES.map((level) => (
              <option key={level} value={level}>
                {texts.counted(texts.severity[level], formatVietnameseNumber(counts[level]))}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={texts.search}>
          <SearchBox value={query} onChange={(_, data) => setQuery(data.value)} />
        </Field>
      </div>
      {groups.length === 0 && <Body1 role="status">{texts.noMatch}</Body1>}
      <Accordion key={`${severity}|${query}`} multiple collapsible defaultOpenItems={openErrors}>
        {groups.map((group) => (
          <AccordionItem key={group.key} value={group.key} data-kind={group.key}>
            <AccordionHeader as="h3">
              <span className={styles.head}>
                <Badge appearance="tint" color={BADGE_COLOR[group.severity]}>
                  {texts.severity[group.severity]}
                </Badge>
                {texts.kindCount(group.kind, formatVietnameseNumber(group.findings.length))}
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.items} aria-label={group.kind}>
                {group.findings.map(({ finding, unitTitle }, index) => (
                  <li key={index} className={styles.item} data-severity={finding.severity}>
                    <div className={styles.head}>
                      <Subtitle2>{unitTitle}</Subtitle2>
                      <Location finding={finding} placeInWorkbook={placeInWorkbook} onSelectCell={onSelectCell} />
                    </div>
                    <Body1>{finding.message}</Body1>
                    {finding.fix && (
                      <Caption1>
                        {texts.fix} {finding.fix}
                      </Caption1>
                    )}
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </div>
  );
}
