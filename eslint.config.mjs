import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsPlugin from "@typescript-eslint/eslint-plugin";
import prettierPlugin from "eslint-plugin-prettier";

// The Office add-in rules (office-addins/*) for every source file, .tsx included,
// plus a fence around the pure engine: src/core and src/report run unchanged in the
// task pane, the command line and the tests, so they may not reach Office.js, the DOM or Node.
const officeRecommended = officeAddins.configs.react.find((c) => c.rules && c.rules["office-addins/load-object-before-read"]);

export default [
  ...officeAddins.configs.react,
  {
    files: ["**/*.tsx"],
    plugins: officeRecommended.plugins,
    languageOptions: officeRecommended.languageOptions,
    rules: officeRecommended.rules,
  },
  {
    plugins: { "office-addins": officeAddins, "@typescript-eslint": tsPlugin, prettier: prettierPlugin },
    languageOptions: { parser: tsParser },
    rules: { "react/react-in-jsx-scope": "off", "no-undef": "off" },
  },
  {
    files: ["src/core/**", "src/report/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: ["react", "react-*", "@fluentui/*", "exceljs", "node:*", "fs", "path", "os", "../excel/*", "../xlsx/*", "../taskpane/*", "../cli/*"],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "window", "document", "process", "require"],
    },
  },
];
