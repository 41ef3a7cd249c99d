/** Three projects: the engine and adapters in node, the pane's components in jsdom, the real-browser test. */
// Type errors are caught once by `tsc --noEmit` in `npm test`; jest only transpiles (isolatedModules in tsconfig).
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }];

// Tests that start worker threads, the built command or a rendered pane take a few seconds alone and
// several times that on a busy 2-core machine; jest's 5 s default then fails them for the machine's load.
const testTimeout = 30000;

module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/test/browser/", "/node_modules/"],
      transform: { "^.+\\.tsx?$": tsJest },
      testTimeout,
    },
    {
      displayName: "pane",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/setup-dom.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      testTimeout,
    },
    {
      displayName: "browser",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/test/browser/**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
      testTimeout,
    },
  ],
};
