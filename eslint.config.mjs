import js from "@eslint/js";
import prettierConfig from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// The office-addins plugin's own "react" config bundles an older typescript-eslint that clashes
// with ESLint 9's core rules, so its rules are enabled here beside the current typescript-eslint.
export default tseslint.config(
  {
    ignores: ["dist/", "node_modules/", "coverage/", "test-results/", ".dev-data/", "**/*.js"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  react.configs.flat.recommended,
  {
    files: ["**/*.{ts,tsx,mjs}"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    settings: { react: { version: "detect" } },
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      ...reactHooks.configs.recommended.rules,
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-undef": "off",
      "no-eval": "error",
    },
  },
  prettierConfig
);
