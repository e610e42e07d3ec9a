// HTML conformance with html-validate (the WHATWG content model, attributes, nesting), on top of the project's own
// structure checks (test/fixtures/report/html-checks.ts). Returns one line per problem, empty when the page is valid.
import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate({
  extends: ['html-validate:standard'],
  rules: {
    // Plot writes SVG attributes in camelCase and long inline styles; these are style rules, not conformance.
    'attr-case': 'off',
    'no-inline-style': 'off',
  },
});

export async function htmlValidationErrors(html: string, name = 'page'): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}
