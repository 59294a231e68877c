import { Fragment, useState } from "react";
import {
  Badge,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
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
import type { UnitGroup } from "../../domain/catalog/types";
import type { RegisterRow, RegisterStatus } from "../../domain/consolidation/types";
import { parseReceiptTime, receiptTimeText } from "../../domain/receipts/receiptTime";
import { receiptPaneTexts, receiptTexts } from "../../domain/texts/receipts";
import { summaryTexts } from "../../domain/texts/summary";
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
  select: { width: "32px" },
  time: { width: "112px" },
  detail: { display: "block", color: tokens.colorNeutralForeground3 },
  group: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  correct: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
});

const STATUSES: RegisterStatus[] = ["received", "late", "missing", "rejected"];
const GROUPS: UnitGroup[] = ["so", "xa", "other"];
const COLUMNS = 5;

const BADGE_COLOR: Record<RegisterStatus, BadgeProps["color"]> = {
  received: "success",
  late: "warning",
  missing: "informative",
  rejected: "danger",
};

type StatusFilter = RegisterStatus | "all";

export interface RegisterViewProps {
  register: readonly RegisterRow[];
  /** Five or more files in one minute, and the like: said above the table. */
  notices?: readonly string[];
  /** Gives the chosen files the officer's receipt time (an ISO instant); absent, times cannot be corrected here. */
  onCorrect?: (files: string[], receivedAt: string) => void;
  disabled?: boolean;
}

/**
 * The register: how many units sent, late, not at all or unusably, then every recipient by group — when each
 * form was received and by whose word, why a file was refused — filterable by status; the officer ticks units
 * and gives them a receipt time.
 */
export function RegisterView({ register, notices = [], onCorrect, disabled = false }: RegisterViewProps) {
  const styles = useStyles();
  const [filter, setFilter] = useState<StatusFilter>("all");
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [time, setTime] = useState("");
  const [timeError, setTimeError] = useState<string | undefined>(undefined);
  const texts = uiTexts.consolidate;
  const count = (status: RegisterStatus) => register.filter((row) => row.status === status).length;
  const shown = filter === "all" ? register : register.filter((row) => row.status === filter);
  const toggle = (file: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(file);
      else next.delete(file);
      return next;
    });
  const files = register.flatMap((row) => (row.file !== undefined && chosen.has(row.file) ? [row.file] : []));
  const correct = () => {
    const parsed = parseReceiptTime(time);
    if (!parsed.ok) {
      setTimeError(parsed.issues[0].message);
      return;
    }
    setTimeError(undefined);
    onCorrect?.(files, parsed.value);
    setChosen(new Set());
  };
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
      {notices.map((notice) => (
        <MessageBar key={notice} intent="warning">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ))}
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
                <TableHeaderCell className={styles.select} />
                <TableHeaderCell>{texts.columns.unit}</TableHeaderCell>
                <TableHeaderCell className={styles.status}>{texts.columns.status}</TableHeaderCell>
                <TableHeaderCell className={styles.time}>{receiptPaneTexts.timeColumn}</TableHeaderCell>
                <TableHeaderCell className={styles.numeric}>{texts.columns.problems}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {GROUPS.map((group) => {
                const rows = shown.filter((row) => row.group === group);
                if (rows.length === 0) return null;
                return (
                  <Fragment key={group}>
                    <TableRow data-group={group}>
                      <TableCell colSpan={COLUMNS} className={styles.group}>
                        {receiptPaneTexts.groupHeading(summaryTexts.groups[group], rows.length)}
                      </TableCell>
                    </TableRow>
                    {rows.map((row) => (
                      <TableRow key={row.unitId} data-unit={row.unitId}>
                        <TableCell className={styles.select}>
                          {onCorrect && row.file !== undefined && (
                            <Checkbox
                              aria-label={receiptPaneTexts.select(row.name)}
                              checked={chosen.has(row.file)}
                              disabled={disabled}
                              onChange={(_, data) => toggle(row.file as string, data.checked === true)}
                            />
                          )}
                        </TableCell>
                        <TableCell>
                          {row.name}
                          {row.reason !== undefined && <Caption1 className={styles.detail}>{row.reason}</Caption1>}
                        </TableCell>
                        <TableCell className={styles.status}>
                          <Badge appearance="tint" color={BADGE_COLOR[row.status]}>
                            {texts.status[row.status]}
                          </Badge>
                        </TableCell>
                        <TableCell className={styles.time}>
                          {row.receivedAt ? (
                            <>
                              {receiptTimeText(row.receivedAt)}
                              <Caption1 className={styles.detail}>
                                {receiptTexts.sources[row.receiptSource ?? "file"]}
                              </Caption1>
                            </>
                          ) : (
                            texts.noFile
                          )}
                        </TableCell>
                        <TableCell className={styles.numeric}>
                          {row.file === undefined ? texts.noFile : texts.problems(row.errors, row.warnings)}
                        </TableCell>
                      </TableRow>
                    ))}
                  </Fragment>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
      {onCorrect && (
        <div className={styles.correct}>
          <Field
            label={receiptPaneTexts.correctLabel}
            hint={receiptPaneTexts.correctHint}
            validationMessage={timeError}
            validationState={timeError ? "error" : "none"}
          >
            <Input
              value={time}
              placeholder={receiptTexts.format}
              disabled={disabled}
              onChange={(_, data) => setTime(data.value)}
            />
          </Field>
          <Button disabled={disabled || files.length === 0 || time.trim() === ""} onClick={correct}>
            {receiptPaneTexts.correct(files.length)}
          </Button>
        </div>
      )}
    </section>
  );
}
