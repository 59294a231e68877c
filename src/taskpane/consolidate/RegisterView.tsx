import { useState } from "react";
import {
  Badge,
  Caption1,
  Field,
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
  type BadgeProps,
} from "@fluentui/react-components";
import type { RegisterRow, RegisterStatus } from "../../domain/consolidation/types";
import { uiTexts } from "../../domain/texts/ui";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  counts: { display: "grid", gridTemplateColumns: "repeat(2, 1fr)", gap: tokens.spacingHorizontalS, margin: 0 },
  count: {
    display: "flex",
    flexDirection: "column",
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  number: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  scroll: { maxHeight: "320px", overflowY: "auto" },
  numeric: { textAlign: "right", width: "72px" },
  status: { width: "96px" },
});

const STATUSES: RegisterStatus[] = ["received", "late", "missing", "rejected"];

const BADGE_COLOR: Record<RegisterStatus, BadgeProps["color"]> = {
  received: "success",
  late: "warning",
  missing: "informative",
  rejected: "danger",
};

type StatusFilter = RegisterStatus | "all";

export interface RegisterViewProps {
  register: readonly RegisterRow[];
}

/** The register: how many units sent, late, not at all or unusably, then unit by unit, filterable by status. */
export function RegisterView({ register }: RegisterViewProps) {
  const styles = useStyles();
  const [filter, setFilter] = useState<StatusFilter>("all");
  const texts = uiTexts.consolidate;
  const count = (status: RegisterStatus) => register.filter((row) => row.status === status).length;
  const shown = filter === "all" ? register : register.filter((row) => row.status === filter);
  return (
    <section className={styles.section} aria-labelledby="register-title">
      <Subtitle2 as="h3" id="register-title">
        {texts.registerTitle}
      </Subtitle2>
      <dl className={styles.counts} data-testid="register-counts">
        {STATUSES.map((status) => (
          <div key={status} className={styles.count} data-status={status}>
            <dt>
              <Caption1>{texts.status[status]}</Caption1>
            </dt>
            <dd className={styles.number}>{count(status)}</dd>
          </div>
        ))}
      </dl>
      <Field label={texts.statusFilter}>
        <Select value={filter} onChange={(_, data) => setFilter(data.value as StatusFilter)}>
          <option value="all">{`${texts.allStatuses} (${register.length})`}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>{`${texts.status[status]} (${count(status)})`}</option>
          ))}
        </Select>
      </Field>
      {shown.length === 0 ? (
        <Caption1>{texts.noRows}</Caption1>
      ) : (
        <div className={styles.scroll} tabIndex={0} role="region" aria-label={texts.registerTitle}>
          <Table size="extra-small" aria-label={texts.registerTitle}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{texts.columns.unit}</TableHeaderCell>
                <TableHeaderCell className={styles.status}>{texts.columns.status}</TableHeaderCell>
                <TableHeaderCell className={styles.numeric}>{texts.columns.problems}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.map((row) => (
                <TableRow key={row.unitId}>
                  <TableCell>{row.name}</TableCell>
                  <TableCell className={styles.status}>
                    <Badge appearance="tint" color={BADGE_COLOR[row.status]}>
                      {texts.status[row.status]}
                    </Badge>
                  </TableCell>
                  <TableCell className={styles.numeric}>
                    {row.file === undefined ? texts.noFile : texts.problems(row.errors, row.warnings)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
