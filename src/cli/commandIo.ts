/** What a command may touch besides files: output streams and the clock, swapped in tests. */
export interface CommandIo {
  print(text: string): void;
  error(text: string): void;
  today(): string;
}

export const processIo: CommandIo = {
  print: (text) => process.stdout.write(text.endsWith("\n") ? text : text + "\n"),
  error: (text) => process.stderr.write(text + "\n"),
  today: () => new Date().toISOString().slice(0, 10),
};
