/** Three projects: the engine and adapters in node, the pane's components in jsdom, the real-browser test. */
// Type errors are caught once by `tsc --noEmit` in `npm test`; jest only transpiles (isolatedModules in tsconfig).
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }];

module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/test/browser/", "/node_modules/"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "pane",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/setup-dom.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "browser",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/test/browser/**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};
