import { cliTexts } from "../domain/texts/cli";
import { processIo, type CommandIo } from "./commandIo";
import { UsageError } from "./options";

type Command = (argv: string[], io: CommandIo) => Promise<number>;

/** Each command's module is loaded when it runs, so `catalog` does not load ExcelJS and the form reader. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  catalog: () => import("./commands/catalogCommand").then((loaded) => loaded.catalogCommand),
  consolidate: () => import("./commands/consolidateCommand").then((loaded) => loaded.consolidateCommand),
  demo: () => import("./commands/demoCommand").then((loaded) => loaded.demoCommand),
  report: () => import("./commands/reportCommand").then((loaded) => loaded.reportCommand),
  validate: () => import("./commands/validateCommand").then((loaded) => loaded.validateCommand),
  samples: () => import("./commands/samplesCommand").then((loaded) => loaded.samplesCommand),
  templates: () => import("./commands/templatesCommand").then((loaded) => loaded.templatesCommand),
};

export async function runCli(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  const loadCommand = name && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!loadCommand) {
    if (name) io.error(cliTexts.unknownCommand(name));
    io.error(cliTexts.usage);
    return 2;
  }
  const command = await loadCommand();
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.error(error.message);
      io.error(cliTexts.usage);
      return 2;
    }
    throw error;
  }
}

/** Runs the command this process was started with and ends the process with its exit code. */
export function runProcess(): void {
  runCli(process.argv.slice(2), processIo).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}

/** A reader thread's start: compiled, the command line is one bundle, and its reader threads load it too (readFilesInParallel). */
export async function serveFileReads(): Promise<void> {
  (await import("./readFileWorker")).serveFileReads();
}

if (require.main === module) runProcess();
