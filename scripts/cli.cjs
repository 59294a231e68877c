/* `npm run cli` and `npm run demo`: the command line runs as compiled JavaScript, one bundle made by esbuild
   (out/cli/cli.js, beside the task pane's build so that `dist/` holds only what is published). It is built here
   when it is missing or older than any source it was made from (the inputs its metafile lists, and this
   script), then run in this same process: no TypeScript is compiled at run time. CommonJS, so that it starts
   fast and the tests can require it. */
const { existsSync, mkdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } = require("node:fs");
const { dirname, join, resolve } = require("node:path");

const ROOT = resolve(__dirname, "..");
const CLI_BUNDLE = { file: join(ROOT, "out/cli/cli.js"), meta: join(ROOT, "out/cli/cli.meta.json") };

function mtimeMs(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** True when the bundle must be built again: it, its metafile or one of its inputs is missing, or an input is newer. */
function isStale(bundle, root = ROOT) {
  const built = mtimeMs(bundle.file);
  if (built === undefined || !existsSync(bundle.meta)) return true;
  const inputs = Object.keys(JSON.parse(readFileSync(bundle.meta, "utf8")).inputs).map((input) => join(root, input));
  return [...inputs, __filename].some((input) => {
    const changed = mtimeMs(input);
    return changed === undefined || changed > built;
  });
}

/** `import ExcelJS from "exceljs"` (the package itself, not its files) bundles excelJsWriters.cjs instead. */
const EXCELJS_WRITERS = {
  name: "exceljs-writers",
  setup(build) {
    build.onResolve({ filter: /^exceljs$/ }, () => ({ path: join(__dirname, "excelJsWriters.cjs") }));
  },
};

/**
 * Builds src/cli/main.ts into `bundle`; packages stay in node_modules (required at run time, as before), ExcelJS
 * through excelJsWriters.cjs.
 */
async function buildCli(bundle) {
  const started = new Date();
  const { build } = require("esbuild");
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ["src/cli/main.ts"],
    bundle: true,
    platform: "node",
    target: "node22",
    format: "cjs",
    packages: "external",
    plugins: [EXCELJS_WRITERS],
    metafile: true,
    write: false,
    logLevel: "warning",
  });
  mkdirSync(dirname(bundle.file), { recursive: true });
  // Written aside and renamed, so a command started meanwhile never runs half a bundle.
  const partial = `${bundle.file}.${process.pid}.partial`;
  writeFileSync(partial, result.outputFiles[0].contents);
  writeFileSync(bundle.meta, JSON.stringify(result.metafile));
  // Dated from the build's start: a source saved during the build makes the next run build again.
  utimesSync(partial, started, started);
  renameSync(partial, bundle.file);
}

async function ensureCliBundle(bundle = CLI_BUNDLE) {
  if (isStale(bundle)) await buildCli(bundle);
  return bundle.file;
}

if (require.main === module) {
  ensureCliBundle().then(
    (file) => require(file).runProcess(),
    (error) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}

module.exports = { CLI_BUNDLE, isStale, buildCli, ensureCliBundle };
