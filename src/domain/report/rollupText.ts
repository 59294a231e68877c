/** A roll-up in words: "11/15 sở, ban, ngành và 28/75 xã, phường đã …" and who has not done it, as 003 writes them. */
import type { UnitGroup } from "../catalog/types";
import type { GroupRollup, TaskRollup } from "../consolidation/types";
import { rollupTexts } from "../texts/report";

/** "11/15 sở, ban, ngành và 28/75 xã, phường đã cập nhật …", without the full stop. */
export function rollupSentence(rollup: TaskRollup, done: string): string {
  return rollupTexts.rollup(fractions(rollup.groups, "done"), done);
}

/** "; 03/15 sở, ban, ngành và 40/75 xã, phường đang thực hiện" (groups with none under way left out), or "". */
export function inProgressClause(rollup: TaskRollup): string {
  const started = rollup.groups.filter((group) => group.inProgress > 0);
  return started.length > 0 ? rollupTexts.inProgress(fractions(started, "inProgress")) : "";
}

function fractions(groups: GroupRollup[], count: "done" | "inProgress") {
  return groups.map((group) => ({
    fraction: rollupTexts.fraction(group[count], group.total),
    group: rollupTexts.groups[group.group],
  }));
}

/**
 * "04/15 sở (Tài chính, Y tế, …) và 47/75 xã, phường (Chiềng An, …)": the groups with someone not done, the
 * names shortened as the group already says what they are. A group none of whose units is done is counted
 * without names ("75/75 xã, phường"): the whole group needs no list. Undefined when the list would name nobody
 * (every unit done, or none): the roll-up's own fractions say it all.
 */
export function notDoneList(rollup: TaskRollup): string | undefined {
  const groups = rollup.groups.filter((group) => group.notDone.length > 0);
  if (!groups.some((group) => group.done > 0)) return undefined;
  return rollupTexts.notDone(
    groups.map((group) => ({
      fraction: rollupTexts.fraction(group.notDone.length, group.total),
      group: groupLabel(group),
      names: group.done === 0 ? [] : group.notDone.map((name) => shortName(name, group.group)),
    })),
  );
}

/** "sở" when every unit named is a sở, so that "Văn phòng UBND tỉnh" is never listed as one. */
function groupLabel({ group, notDone }: GroupRollup): string {
  const allSo = group === "so" && notDone.every((name) => name.startsWith(rollupTexts.namePrefixes.so[0]));
  return allSo ? rollupTexts.soShort : rollupTexts.groups[group];
}

function shortName(name: string, group: UnitGroup): string {
  const prefix = rollupTexts.namePrefixes[group].find((candidate) => name.startsWith(candidate));
  return prefix ? name.slice(prefix.length) : name;
}
