/**
 * The house's import boundaries (see README "Layout"): each folder of src/ names the folders it may import.
 * Relative specifiers are matched by the top-level folder they name, bare ones by package.
 */

/** A relative import that reaches into one of these top-level folders of src/ (or the repo's scripts and tests). */
const intoFolders = (folders, message) => ({
  regex: `^(\\.\\./)+(${folders.join("|")})(/|$)`,
  message,
});

const OUTSIDE_SRC = intoFolders(["scripts", "tests"], "src/ never imports scripts/ or tests/.");
const UI_PACKAGES = {
  regex: "^(react|react-dom|@fluentui/.*)$",
  message: "Only the task pane uses React and Fluent UI.",
};

/** Office.js globals belong to the Office.js adapter and the pane's Office module; everything else gets them passed in. */
const OFFICE_GLOBALS = ["Office", "Excel", "OfficeExtension"].map((name) => ({
  name,
  message: "Office.js is reached only from src/workbook/excel and the pane's Office module (src/taskpane/office).",
}));

const TASKPANE = [
  intoFolders(["cli", "samples"], "The task pane imports only src/domain and src/workbook."),
  OUTSIDE_SRC,
];
const PANEL_FOLDERS = ["shell", "check", "consolidate", "catalog", "print", "templates", "common", "files"].map(
  (folder) => `src/taskpane/${folder}/**`,
);

const restrict = (files, patterns) => ({
  files,
  rules: { "no-restricted-imports": ["error", { patterns }] },
});

const DOMAIN = [
  intoFolders(["workbook", "taskpane", "cli", "samples"], "src/domain is pure: it imports only src/domain."),
  { regex: "^[^.]", message: "src/domain is pure: no package, Node or browser import." },
  OUTSIDE_SRC,
];

/**
 * Inside src/domain the flow is one way (README "Layout"), from the bottom up: each folder imports only the folders
 * before it. texts hold words only; language formats values with them; consolidation makes figures, report words
 * them, history sets them beside earlier periods, run puts the steps together.
 */
const DOMAIN_LAYERS = [
  "texts",
  "language",
  "catalog",
  "documents",
  "submission",
  "forms",
  "validation",
  "receipts",
  "consolidation",
  "report",
  "history",
  "run",
];

const domainLayer = (folder, index) =>
  restrict(
    [`src/domain/${folder}/**`],
    [
      ...DOMAIN,
      intoFolders(
        DOMAIN_LAYERS.slice(index + 1),
        `src/domain/${folder} imports only the folders below it: ${DOMAIN_LAYERS.slice(0, index).join(", ") || "none"}.`,
      ),
    ],
  );

export const houseBoundaries = [
  restrict(["src/domain/**"], DOMAIN),
  // run is the top layer: nothing of src/domain is above it.
  ...DOMAIN_LAYERS.slice(0, -1).map(domainLayer),
  restrict(
    ["src/workbook/**"],
    [
      intoFolders(["taskpane", "cli", "samples"], "src/workbook imports only src/domain and src/workbook."),
      UI_PACKAGES,
      OUTSIDE_SRC,
    ],
  ),
  restrict(
    ["src/samples/**"],
    [
      intoFolders(["taskpane", "cli"], "src/samples imports only src/domain and src/workbook."),
      UI_PACKAGES,
      OUTSIDE_SRC,
    ],
  ),
  // The command line is the samples' one front door (the samples and demo commands).
  restrict(
    ["src/cli/**"],
    [intoFolders(["taskpane"], "The command line does not import the task pane."), UI_PACKAGES, OUTSIDE_SRC],
  ),
  restrict(["src/taskpane/**"], TASKPANE),
  // Panels get their actions as props, so they are tested without Excel (ESLint applies the last matching options).
  restrict(PANEL_FOLDERS, [
    ...TASKPANE,
    {
      regex: "(^|/)(office|workbook/excel)(/|$)",
      message: "Panels receive Office calls as actions; they never import them.",
    },
  ]),
  {
    files: ["src/**"],
    ignores: ["src/workbook/excel/**", "src/taskpane/office/**"],
    rules: { "no-restricted-globals": ["error", ...OFFICE_GLOBALS] },
  },
];
