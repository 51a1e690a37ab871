#!/usr/bin/env node
// An independent grammar check of compiled SQL: node-sql-parser, a grammar written apart from leadscore, reads each
// statement in the dialect named by --database (bigquery, postgresql, ...). Prints one line per statement, "ok NAME"
// or "error NAME: line L, column C: MESSAGE", and exits 1 when any statement fails (2 on a usage error). With
// --describe, an ok line ends with what the parser saw: {"creates":[tables],"reads":[tables, not the statement's own
// WITH names],"returns":[the outermost SELECT's column names]}.
//
//   node parse.js --database bigquery score.sql stage1.sql   each file is one statement (a trailing ';' is allowed)
//   node parse.js --database bigquery --json < statements.json   a JSON array of statements, named #1, #2, ...
//   node parse.js --database postgresql --describe score.sql
'use strict';
const fs = require('fs');
const { Parser } = require('node-sql-parser');

function usage(message) {
  process.stderr.write(`parse.js: ${message}\nusage: node parse.js --database NAME [--describe] (--json < array.json | FILE...)\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let database = null;
let json = false;
let describe = false;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--database') database = args[++i];
  else if (args[i] === '--json') json = true;
  else if (args[i] === '--describe') describe = true;
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
function explain(error, sql) {
  const where = error.location && error.location.start;
  let message = String(error.message).replace(/\s+/g, ' ');
  if (message.length > 240) message = '...' + message.slice(-240);
  if (!where) return message;
  const line = sql.split('\n')[where.line - 1] || '';
  const from = Math.max(0, where.column - 41);
  const near = line.slice(from, where.column + 40);
  return `line ${where.line}, column ${where.column}: ${message} near: ${near}`;
}

function nameOf(node) {
  if (node == null) return null;
  if (typeof node === 'string') return node;
  if (typeof node.value === 'string') return node.value;
  if (node.expr) return nameOf(node.expr);
  if (node.column) return nameOf(node.column);
  return null;
}

// What one parsed statement creates, reads and returns, as node-sql-parser understood it.
function summary(sql, ast) {
  const statement = Array.isArray(ast) ? ast[ast.length - 1] : ast;
  const query = statement.type === 'create' ? statement.query_expr : statement;
  const own = new Set(((query && query.with) || []).map(w => nameOf(w.name)));
  const tables = parser.tableList(sql, { database });
  // tableList names each table as "kind::schema::table", schema "null" when the name has none.
  const pick = kind => tables.filter(t => t.startsWith(kind + '::')).map(t => {
    const [, schema, table] = t.split('::');
    return schema === 'null' ? table : `${schema}.${table}`;
  });
  return {
    creates: pick('create'),
    reads: [...new Set(pick('select'))].filter(t => !own.has(t)),
    returns: query && query.columns ? query.columns.map(c => nameOf(c.as) || nameOf(c.expr)) : [],
  };
}

const parser = new Parser();
let failed = 0;
for (const { name, sql } of statements) {
  try {
    const ast = parser.astify(sql, { database });
    process.stdout.write(`ok ${name}${describe ? ' ' + JSON.stringify(summary(sql, ast)) : ''}\n`);
  } catch (e) {
    failed++;
    process.stdout.write(`error ${name}: ${explain(e, sql)}\n`);
  }
}
process.exit(failed === 0 ? 0 : 1);
