import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";

// The Office add-in rules (office-addins/*, typescript-eslint, prettier) of eslint-plugin-office-addins' React
// config, extended to .tsx files (the plugin's own block matches .ts/.js only), plus a fence around the pure
// engine: src/core and src/report run unchanged in the task pane, the command line and the tests, so they may
// not reach Office.js, the DOM, Node or React.
const officeBlock = officeAddins.configs.react.find(
  (c) => c.rules && c.rules["office-addins/load-object-before-read"]
);

export default [
  { ignores: ["dist/**", "build/**", "node_modules/**"] },
  ...officeAddins.configs.react,
  {
    files: ["**/*.tsx"],
    plugins: officeBlock.plugins,
    languageOptions: officeBlock.languageOptions,
    rules: officeBlock.rules,
  },
  {
    // As in office-addin-lint's own default config: the plugin's block names no usable parser.
    languageOptions: { parser: tsParser, ecmaVersion: "latest", sourceType: "module" },
    rules: {
      // TypeScript checks names; the core rule does not know the DOM, Node or Office globals.
      "no-undef": "off",
      "react/react-in-jsx-scope": "off",
    },
  },
  {
    files: ["src/core/**", "src/report/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "react",
            "react-*",
            "@fluentui/*",
            "exceljs",
            "node:*",
            "fs",
            "path",
            "os",
            "**/excel/**",
            "**/xlsx/**",
            "**/taskpane/**",
            "**/cli/**",
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "Office",
        "Excel",
        "window",
        "document",
        "process",
        "require",
      ],
    },
  },
  {
    // The Word rendering runs in the task pane and on the command line alike: the same fence (docx allowed).
    files: ["src/docx/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            "react",
            "react-*",
            "@fluentui/*",
            "exceljs",
            "node:*",
            "fs",
            "path",
            "os",
            "**/excel/**",
            "**/xlsx/**",
            "**/taskpane/**",
            "**/cli/**",
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "Office",
        "Excel",
        "window",
        "document",
        "process",
        "require",
        "Buffer",
      ],
    },
  },
];
