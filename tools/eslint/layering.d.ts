import type { ESLint } from 'eslint';

declare const plugin: ESLint.Plugin & { rules: { imports: import('eslint').Rule.RuleModule } };
export default plugin;
