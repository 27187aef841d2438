// Validates an exported Frictionless data package with the Frictionless project's own JavaScript library
// (npm `datapackage`): the descriptor against its profile, every resource's file, and rows against their Table
// Schemas (types, primary keys, foreign keys). A CSV export is a tabular data package, read by the library as it is.
// The other formats are plain data packages, since v1 reads tabular data from CSV only: JSON and JSON Lines rows are
// read here and handed to the library as inline tabular data with the same schemas, so they are checked the same
// way; SQLite and Parquet rows are checked by other steps (row counts, and DuckDB against the CSV export).
// The CSV for spreadsheets (csv-excel) begins each file with a UTF-8 byte-order mark, which this library does not
// remove (Node's utf8 decoding keeps it in the first header name): its files are read here as a reader that honours the
// mark does, the mark checked and removed, into a copy that the library then validates like the plain CSV.
// Usage: node validate-datapackage.js EXPORT_DIR
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Package } = require('datapackage');

const fail = (message, details = []) => {
  console.error(message, details);
  process.exit(1);
};

// Reads every resource's rows against its schema and keys; returns the number of rows.
const readAll = async dp => {
  let rows = 0;
  for (const resource of dp.resources) {
    try {
      rows += (await resource.read({ keyed: true, relations: true })).length;
    } catch (error) {
      fail(`${resource.name}: ${error.message}`, (error.errors || []).slice(0, 5).map(e => e.message));
    }
  }
  return rows;
};

const jsonRows = (file, format) => {
  const text = fs.readFileSync(file, 'utf8');
  return format === 'jsonl' ? text.split('\n').filter(line => line !== '').map(line => JSON.parse(line)) : JSON.parse(text);
};

const byteOrderMark = Buffer.from([0xef, 0xbb, 0xbf]);

// A copy of the export whose CSV files have their byte-order marks removed, or the export itself when none has one.
const withoutByteOrderMarks = dir => {
  const files = fs.readdirSync(dir).filter(f => f.endsWith('.csv'));
  const marked = files.filter(f => fs.readFileSync(path.join(dir, f)).subarray(0, 3).equals(byteOrderMark));
  if (marked.length === 0) return dir;
  if (marked.length !== files.length) fail(`only some CSV files begin with a byte-order mark: ${marked.length} of ${files.length}`);
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'csv-excel-'));
  for (const file of fs.readdirSync(dir)) {
    const bytes = fs.readFileSync(path.join(dir, file));
    fs.writeFileSync(path.join(copy, file), file.endsWith('.csv') ? bytes.subarray(3) : bytes);
  }
  console.log(`frictionless: ${files.length} CSV files begin with a UTF-8 byte-order mark; read without it`);
  return copy;
};

(async () => {
  const dir = withoutByteOrderMarks(process.argv[2]);
  const descriptorPath = path.join(dir, 'datapackage.json');
  const dp = await Package.load(descriptorPath, { basePath: dir });
  if (!dp.valid) fail('datapackage.json is not valid:', dp.errors.map(e => e.message));
  const descriptor = JSON.parse(fs.readFileSync(descriptorPath, 'utf8'));
  for (const resource of descriptor.resources) {
    if (!fs.existsSync(path.join(dir, resource.path))) fail(`${resource.name}: its file ${resource.path} is missing`);
  }

  const formats = [...new Set(descriptor.resources.map(r => r.format))].join(', ');
  if (descriptor.profile === 'tabular-data-package') {
    const rows = await readAll(dp);
    console.log(`frictionless: datapackage.json (${descriptor.profile}, ${formats}) valid; ${dp.resources.length} resources, ${rows} rows valid against their schemas and keys`);
    return;
  }

  if (descriptor.resources.every(r => r.format === 'json' || r.format === 'jsonl')) {
    const inline = {
      ...descriptor,
      profile: 'tabular-data-package',
      resources: descriptor.resources.map(({ path: file, format, mediatype, encoding, ...resource }) => {
        const names = resource.schema.fields.map(f => f.name);
        const rows = jsonRows(path.join(dir, file), format);
        const extra = rows.flatMap(row => Object.keys(row)).filter(key => !names.includes(key));
        if (extra.length > 0) fail(`${resource.name}: ${file} has keys its schema lacks: ${[...new Set(extra)].join(', ')}`);
        return { ...resource, profile: 'tabular-data-resource', data: [names, ...rows.map(row => names.map(n => row[n] ?? null))] };
      }),
    };
    const table = await Package.load(inline);
    if (!table.valid) fail(`datapackage.json's schemas are not valid as tabular data:`, table.errors.map(e => e.message));
    const rows = await readAll(table);
    console.log(`frictionless: datapackage.json (${descriptor.profile}, ${formats}) valid; ${dp.resources.length} resources, ${rows} rows read from the files valid against their schemas and keys`);
    return;
  }

  console.log(`frictionless: datapackage.json (${descriptor.profile}, ${formats}) valid; ${dp.resources.length} resources, their files present (${formats} rows are not readable by Frictionless v1)`);
})();
