// Parses every file in a folder with node-x12's X12Parser and prints one JSON array of results.
// Strict mode throws on the first envelope error (SE01/SE02, GE01/GE02, IEA01/IEA02, misplaced segments).
// Files named *.lenient.* are parsed leniently and report node-x12's diagnostics instead: node-x12 cannot hold a
// TA1 (a segment directly under the ISA) in strict mode.
'use strict';
const fs = require('fs');
const path = require('path');
const { X12Parser } = require('node-x12');

const folder = process.argv[2];
const results = fs.readdirSync(folder).sort().map((file) => {
  const lenient = file.includes('.lenient.');
  const parser = new X12Parser(!lenient);
  const result = { file, strict: !lenient, error: null, diagnostics: [], interchanges: 0, groups: 0, transactions: 0 };
  try {
    const parsed = parser.parse(fs.readFileSync(path.join(folder, file), 'utf8'));
    const interchanges = Array.isArray(parsed.interchanges) ? parsed.interchanges : [parsed];
    result.interchanges = interchanges.length;
    for (const interchange of interchanges) {
      result.groups += interchange.functionalGroups.length;
      for (const group of interchange.functionalGroups) {
        result.transactions += group.transactions.length;
      }
    }
  } catch (error) {
    result.error = String(error && error.message ? error.message : error);
  }
  result.diagnostics = parser.diagnostics.map((diagnostic) => diagnostic.message);
  return result;
});
process.stdout.write(JSON.stringify(results));
