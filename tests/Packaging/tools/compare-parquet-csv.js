// Reads a Parquet export and a CSV export of the same data with DuckDB (npm `@duckdb/node-api`, installed by the
// packaging script) and checks that they hold the same tables: the same files, column names in the same order,
// Parquet column types that follow the CSV package's Table Schema types, equal row counts and equal values, row
// by row (paired by position) and column by column. The CSV is read with the types its datapackage.json states,
// so values are compared typed: integers as BIGINT, numbers as DOUBLE, booleans, dates and times as themselves.
// CSV cannot tell an empty text from a missing one, so an empty Parquet text compares equal to a CSV null.
// Usage: node compare-parquet-csv.js PARQUET_DIR CSV_DIR
const fs = require('fs');
const path = require('path');
const { DuckDBInstance } = require('@duckdb/node-api');

// Table Schema type -> the DuckDB type of the Parquet column, and of the CSV column as read.
const duckTypes = { string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', boolean: 'BOOLEAN', date: 'DATE', time: 'TIME' };

const fail = message => {
  console.error(`parquet vs csv: ${message}`);
  process.exit(1);
};
const sqlString = text => `'${text.replaceAll("'", "''")}'`;
const ident = name => `"${name.replaceAll('"', '""')}"`;

(async () => {
  const [parquetDir, csvDir] = process.argv.slice(2);
  if (!parquetDir || !csvDir) fail('usage: node compare-parquet-csv.js PARQUET_DIR CSV_DIR');
  const csvPackage = JSON.parse(fs.readFileSync(path.join(csvDir, 'datapackage.json'), 'utf8'));
  const parquetFiles = fs.readdirSync(parquetDir).filter(f => f.endsWith('.parquet')).sort();
  const expectedFiles = csvPackage.resources.map(r => `${r.name}.parquet`).sort();
  if (JSON.stringify(parquetFiles) !== JSON.stringify(expectedFiles)) {
    const missing = expectedFiles.filter(f => !parquetFiles.includes(f));
    const extra = parquetFiles.filter(f => !expectedFiles.includes(f));
    fail(`the Parquet files are not one per CSV table: missing [${missing.join(', ')}], extra [${extra.join(', ')}]`);
  }

  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  const rowsOf = async sql => (await db.runAndReadAll(sql)).getRowObjectsJS();

  let rows = 0;
  let values = 0;
  for (const resource of csvPackage.resources) {
    const table = resource.name;
    const fields = resource.schema.fields;
    const parquetFile = path.join(parquetDir, `${table}.parquet`);
    const csvFile = path.join(csvDir, resource.path);

    const header = fs.readFileSync(csvFile, 'utf8').split(/\r?\n/, 1)[0].split(',');
    if (JSON.stringify(header) !== JSON.stringify(fields.map(f => f.name))) {
      fail(`${resource.path}: its header [${header.join(', ')}] is not its schema's fields`);
    }

    const described = await rowsOf(`DESCRIBE SELECT * FROM read_parquet(${sqlString(parquetFile)})`);
    const actual = described.map(c => `${c.column_name} ${c.column_type}`);
    const expected = fields.map(f => `${f.name} ${duckTypes[f.type]}`);
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      fail(`${table}.parquet: columns [${actual.join(', ')}], expected (from the CSV package's types) [${expected.join(', ')}]`);
    }

    const columns = fields.map(f => `${sqlString(f.name)}: ${sqlString(duckTypes[f.type])}`).join(', ');
    await db.run(`CREATE OR REPLACE TEMP TABLE p AS SELECT * FROM read_parquet(${sqlString(parquetFile)})`);
    await db.run(`CREATE OR REPLACE TEMP TABLE c AS SELECT * FROM read_csv(${sqlString(csvFile)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', nullstr = '', columns = {${columns}})`);
    const [counts] = await rowsOf('SELECT (SELECT count(*) FROM p) AS parquet, (SELECT count(*) FROM c) AS csv');
    if (counts.parquet !== counts.csv) {
      fail(`${table}: ${counts.parquet} rows in Parquet, ${counts.csv} in CSV`);
    }

    for (const field of fields) {
      const p = field.type === 'string' ? `NULLIF(p.${ident(field.name)}, '')` : `p.${ident(field.name)}`;
      const differ = `${p} IS DISTINCT FROM c.${ident(field.name)}`;
      const [found] = await rowsOf(`SELECT count(*) FILTER (WHERE ${differ}) AS differing, count(*) AS compared FROM p POSITIONAL JOIN c`);
      if (found.differing !== 0n) {
        const examples = await rowsOf(`SELECT c.key AS key, CAST(p.${ident(field.name)} AS VARCHAR) AS parquet, CAST(c.${ident(field.name)} AS VARCHAR) AS csv FROM p POSITIONAL JOIN c WHERE ${differ} LIMIT 3`);
        fail(`${table}.${field.name}: ${found.differing} of ${found.compared} values differ, e.g. ${examples.map(e => `${e.key}: parquet ${JSON.stringify(e.parquet)}, csv ${JSON.stringify(e.csv)}`).join('; ')}`);
      }
      values += Number(found.compared);
    }
    rows += Number(counts.csv);
  }

  console.log(`duckdb: ${csvPackage.resources.length} Parquet tables equal their CSV tables: ${rows} rows, ${values} values compared, column types as the CSV package types them`);
})().catch(error => fail(error.stack || String(error)));
