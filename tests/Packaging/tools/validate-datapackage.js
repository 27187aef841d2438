// Validates an exported Frictionless data package with the Frictionless project's own JavaScript
// library (npm `datapackage`): the descriptor against its profile, and every resource's rows against
// its Table Schema (types, primary keys, foreign keys). Usage: node validate-datapackage.js EXPORT_DIR
const { Package } = require('datapackage');

(async () => {
  const dir = process.argv[2];
  const dp = await Package.load(dir + '/datapackage.json', { basePath: dir });
  if (!dp.valid) {
    console.error('datapackage.json is not valid:', dp.errors.map(e => e.message));
    process.exit(1);
  }
  let rows = 0;
  for (const resource of dp.resources) {
    try {
      rows += (await resource.read({ keyed: true, relations: true })).length;
    } catch (error) {
      console.error(`${resource.name}: ${error.message}`, (error.errors || []).slice(0, 5).map(e => e.message));
      process.exit(1);
    }
  }
  console.log(`frictionless: datapackage.json valid; ${dp.resources.length} resources, ${rows} rows valid against their schemas and keys`);
})();
