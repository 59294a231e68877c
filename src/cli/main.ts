import { cliTexts } from "../domain/texts/cli";
import { processIo, type CommandIo } from "./commandIo";
import { catalogCommand } from "./commands/catalogCommand";
import { consolidateCommand } from "./commands/consolidateCommand";
import { demoCommand } from "./commands/demoCommand";
import { samplesCommand } from "./commands/samplesCommand";
import { templatesCommand } from "./commands/templatesCommand";
import { validateCommand } from "./commands/validateCommand";
import { UsageError } from "./options";

type Command = (argv: string[], io: CommandIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  catalog: catalogCommand,
  consolidate: consolidateCommand,
  demo: demoCommand,
  validate: validateCommand,
  samples: samplesCommand,
  templates: templatesCommand,
};

export async function runCli(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    if (name) io.error(cliTexts.unknownCommand(name));
    io.error(cliTexts.usage);
    return 2;
  }
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

if (require.main === module) {
  runCli(process.argv.slice(2), processIo).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
