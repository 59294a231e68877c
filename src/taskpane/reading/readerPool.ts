/**
 * The pane's reader threads, kept between runs: started once the pane is idle (their scripts loaded and compiled
 * before the officer presses a button), handed to a run, and taken back after it. A cancelled or failed run's
 * readers are terminated instead (a cancelled reader may still be busy with a file).
 */
import type { ReadWorker } from "./checkInWorkers";

/** More readers than this gain nothing on an officer's machine and each costs a start and its memory. */
const MOST_READERS = 4;

const idle: ReadWorker[] = [];

export function workersAvailable(): boolean {
  return typeof Worker === "function";
}

/** One reader per core, at most MOST_READERS, never more than `files`, always one. */
export function readerCount(files: number): number {
  return Math.max(1, Math.min(navigator.hardwareConcurrency || 1, MOST_READERS, files));
}

/** `count` readers: the kept ones first, new ones for the rest. */
export async function takeReaders(count: number): Promise<ReadWorker[]> {
  const { startReadWorker } = await import("./startReadWorker");
  return Array.from({ length: count }, () => idle.pop() ?? startReadWorker());
}

/** Readers that answered every file of their run, kept for the next one. */
export function keepReaders(readers: ReadWorker[]): void {
  idle.push(...readers);
}

/** Starts the readers a run on many files would use, so that the first run does not wait for them. */
export async function warmReaders(): Promise<void> {
  if (!workersAvailable() || idle.length > 0) return;
  keepReaders(await takeReaders(readerCount(Infinity)));
}
