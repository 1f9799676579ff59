// `node --import ./test/helpers/record-imports.mjs …`: appends every module address the program
// resolves to the file named by FULCRUM_IMPORT_LOG, so a test can see what a command loaded.
import { register } from 'node:module';

const hooks = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(process.env.FULCRUM_IMPORT_LOG, r.url + '\\n');
  return r;
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
