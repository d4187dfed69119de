// Runs every graphql-http server audit against the URL given as the first argument.
// Exits non-zero unless every audit is "ok": warnings and notices count as failures here,
// because the endpoint is meant to follow the recommendations (SHOULD/MAY) too.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const results = [];
for (const audit of serverAudits({ url, fetchFn: fetch })) {
  let result;
  try {
    result = await audit.fn();
  } catch (error) {
    result = { id: audit.id, name: audit.name, status: 'error', reason: String(error) };
  }
  results.push(result);
  const detail = result.status === 'ok' ? '' : ` - ${result.reason}`;
  console.log(`${result.status.padEnd(6)} ${result.id} ${result.name}${detail}`);
}

const ok = results.filter((r) => r.status === 'ok').length;
const notOk = results.length - ok;
console.log(`${ok} passed, ${notOk} failed`);
process.exit(notOk === 0 && results.length > 0 ? 0 : 1);
