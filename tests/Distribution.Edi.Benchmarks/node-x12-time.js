// Times node-x12's X12Parser (strict) on one file and prints JSON: { ms, transactions } or { error }.
'use strict';
const fs = require('fs');
const { X12Parser } = require(process.argv[3]);

const text = fs.readFileSync(process.argv[2], 'utf8');
const started = process.hrtime.bigint();
try {
  const parsed = new X12Parser(true).parse(text);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const interchanges = Array.isArray(parsed.interchanges) ? parsed.interchanges : [parsed];
  let transactions = 0;
  for (const interchange of interchanges) {
    for (const group of interchange.functionalGroups) {
      transactions += group.transactions.length;
    }
  }
  process.stdout.write(JSON.stringify({ ms, transactions }));
} catch (error) {
  process.stdout.write(JSON.stringify({ error: String(error && error.message ? error.message : error) }));
}
