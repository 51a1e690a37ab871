#!/usr/bin/env node
// An independent grammar check of compiled SQL: node-sql-parser, a grammar written apart from leadscore, reads each
// statement in the dialect named by --database (bigquery, postgresql, ...). Prints one line per statement, "ok NAME"
// or "error NAME: line L, column C: MESSAGE", and exits 1 when any statement fails (2 on a usage error).
//
//   node parse.js --database bigquery score.sql stage1.sql   each file is one statement (a trailing ';' is allowed)
//   node parse.js --database bigquery --json < statements.json   a JSON array of statements, named #1, #2, ...
'use strict';
const fs = require('fs');
const { Parser } = require('node-sql-parser');

function usage(message) {
  process.stderr.write(`parse.js: ${message}\nusage: node parse.js --database NAME (--json < array.json | FILE...)\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let database = null;
let json = false;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--database') database = args[++i];
  else if (args[i] === '--json') json = true;
  else files.push(args[i]);
}
if (!database) usage('--database is required');
if (json === (files.length > 0)) usage('give either --json (statements on stdin) or files');

let statements;
if (json) {
  try {
    statements = JSON.parse(fs.readFileSync(0, 'utf8'));
  } catch (e) {
    usage(`stdin is not JSON: ${e.message}`);
  }
  if (!Array.isArray(statements) || !statements.every(s => typeof s === 'string')) usage('stdin must be a JSON array of strings');
  statements = statements.map((sql, i) => ({ name: `#${i + 1}`, sql }));
} else {
  statements = files.map(file => ({ name: file, sql: fs.readFileSync(file, 'utf8') }));
}

// The parser's message lists every token it expected (often thousands of characters): keep the end, which says
// what it found instead, and show the text at the failing position.
function describe(error, sql) {
  const where = error.location && error.location.start;
  let message = String(error.message).replace(/\s+/g, ' ');
  if (message.length > 240) message = '...' + message.slice(-240);
  if (!where) return message;
  const line = sql.split('\n')[where.line - 1] || '';
  const from = Math.max(0, where.column - 41);
  const near = line.slice(from, where.column + 40);
  return `line ${where.line}, column ${where.column}: ${message} near: ${near}`;
}

const parser = new Parser();
let failed = 0;
for (const { name, sql } of statements) {
  try {
    parser.astify(sql, { database });
    process.stdout.write(`ok ${name}\n`);
  } catch (e) {
    failed++;
    process.stdout.write(`error ${name}: ${describe(e, sql)}\n`);
  }
}
process.exit(failed === 0 ? 0 : 1);
