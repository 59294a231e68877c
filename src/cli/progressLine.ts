import type { CommandIo } from "./commandIo";
import { cliTexts } from "../domain/texts/cli";

/** A progress line every tenth of the way (and at the end), so long runs show life without flooding stderr. */
export function progressLine(io: CommandIo): (done: number, total: number) => void {
  let lastTenth = -1;
  return (done, total) => {
    const tenth = Math.floor((done * 10) / Math.max(total, 1));
    if (tenth === lastTenth && done !== total) return;
    lastTenth = tenth;
    io.error(cliTexts.readProgress(done, total));
  };
}
