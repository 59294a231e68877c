/** Unit and integration tests; browser tests drive Debian's Chromium through playwright-core. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  setupFiles: ["<rootDir>/tests/support/fastCheckSeed.ts", "<rootDir>/tests/support/jsdomShims.ts"],
  testTimeout: 60000,
};
