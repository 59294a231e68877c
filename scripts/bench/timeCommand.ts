/**
 * Whole processes timed as a person would time them: each run under /usr/bin/time (its wall clock and the
 * kernel's peak resident memory of the process tree's largest member, worker threads included), the commands
 * compared in turn (A B C, A B C, …) so that the machine's drift falls on all alike, and the median kept.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median } from "./median";

export interface Command {
  label: string;
  argv: string[];
}

export interface Timing {
  label: string;
  /** Median wall-clock seconds. */
  seconds: number;
  /** Every run's seconds, in order. */
  runs: number[];
  /** Peak resident memory over the runs, in MB. */
  peakRssMb: number;
}

/**
 * The wall clock is read here, around the run, in nanoseconds: /usr/bin/time's own figure has a resolution of 10 ms,
 * a quarter of `node -e 0`. Its memory figure is the one kept.
 */
function timeOnce(command: Command, report: string): { seconds: number; rssMb: number } {
  const started = process.hrtime.bigint();
  execFileSync("/usr/bin/time", ["-f", "%M", "-o", report, ...command.argv], { stdio: "ignore" });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const kb = Number(readFileSync(report, "utf8").trim().split(/\s+/).at(-1));
  return { seconds, rssMb: kb / 1024 };
}

/** Runs every command `rounds` times, interleaved; a failing command stops the bench with its name. */
export function timeInTurn(commands: Command[], rounds: number): Timing[] {
  const dir = mkdtempSync(join(tmpdir(), "bench-time-"));
  const report = join(dir, "time.txt");
  const runs = commands.map(() => [] as { seconds: number; rssMb: number }[]);
  try {
    for (let round = 0; round < rounds; round++) {
      commands.forEach((command, i) => runs[i].push(timeOnce(command, report)));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return commands.map((command, i) => ({
    label: command.label,
    seconds: median(runs[i].map((run) => run.seconds)),
    runs: runs[i].map((run) => run.seconds),
    peakRssMb: Math.max(...runs[i].map((run) => run.rssMb)),
  }));
}
