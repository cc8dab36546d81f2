/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json", isolatedModules: true }],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/support/stubs/office-addin-manifest.js",
  },
  setupFiles: ["<rootDir>/test/support/jsdomGlobals.ts"],
  testTimeout: 30000,
};
