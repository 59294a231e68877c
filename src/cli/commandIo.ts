/** What a command may touch besides files: output streams and the clock, swapped in tests. */
import { provinceDate } from "../domain/language/provinceDate";

export interface CommandIo {
  print(text: string): void;
  error(text: string): void;
  today(): string;
}

export const processIo: CommandIo = {
  print: (text) => process.stdout.write(text.endsWith("\n") ? text : text + "\n"),
  error: (text) => process.stderr.write(text + "\n"),
  today: () => provinceDate(new Date()),
};
