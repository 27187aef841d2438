// Checks a notebook's outputs: fails if any cell raised an error, if the notebook has fewer chart cells
// than the walkthrough draws, or if a chart cell has no chart among its outputs.
// Usage: dotnet run check-notebook-output.cs -- NOTEBOOK.ipynb [--saved]
//   without --saved: NOTEBOOK is the one dotnet-repl just executed; its text outputs are printed.
//   with --saved: NOTEBOOK is the committed walkthrough, whose saved outputs are checked quietly.
// A chart cell is a code cell whose first line is a "// Chart:" comment. The marker sits in the source
// because dotnet-repl keeps a cell's source but not its metadata (tags) in the notebook it writes.
using System.Text.Json.Nodes;

const int ExpectedChartCells = 3;
var path = args[0];
var saved = args.Contains("--saved");
var notebook = JsonNode.Parse(File.ReadAllText(path))!;
var cells = 0;
var charts = new List<string>();
var failures = new List<string>();
foreach (var cell in notebook["cells"]!.AsArray())
{
    if ((string?)cell!["cell_type"] != "code")
    {
        continue;
    }

    cells++;
    var source = string.Concat(cell["source"]!.AsArray().Select(l => (string?)l));
    var firstLine = source.Split('\n')[0].Trim();
    var isChart = firstLine.StartsWith("// Chart:", StringComparison.Ordinal);
    var name = $"code cell {cells} ({firstLine})";
    var drewChart = false;
    foreach (var output in cell["outputs"]?.AsArray() ?? [])
    {
        if ((string?)output!["output_type"] == "error")
        {
            failures.Add($"{name} failed: {output["ename"]} {output["evalue"]}");
        }

        if (!saved)
        {
            foreach (var text in output["text"]?.AsArray() ?? [])
            {
                Console.Write((string?)text);
            }
        }

        drewChart |= IsChart(output["data"]);
    }

    if (isChart)
    {
        charts.Add(name);
        if (!drewChart)
        {
            failures.Add($"{name} is a chart cell but has no chart output (text/html with a script, svg, canvas or img; image/png; image/svg+xml)");
        }
    }
}

if (charts.Count < ExpectedChartCells)
{
    failures.Add($"{charts.Count} chart cells (first line \"// Chart:\"), expected {ExpectedChartCells}");
}

var what = saved ? $"{path} (saved outputs)" : "notebook";
if (failures.Count > 0)
{
    foreach (var failure in failures)
    {
        Console.Error.WriteLine($"{what}: {failure}");
    }

    return 1;
}

Console.WriteLine($"{what}: {cells} code cells without error, {charts.Count} chart cells each with a chart");
return 0;

// An image counts as it is. HTML counts only when it can draw something: an object that no chart
// formatter claimed (the chart library's kernel extension not loaded) is also shown as text/html,
// as a table of its properties with no script, svg, canvas or img in it.
static bool IsChart(JsonNode? data)
{
    if (data is not JsonObject mimeTypes)
    {
        return false;
    }

    if (mimeTypes.ContainsKey("image/png") || mimeTypes.ContainsKey("image/svg+xml"))
    {
        return true;
    }

    var html = mimeTypes["text/html"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue value => (string?)value,
        _ => null,
    };
    return html is not null
        && new[] { "<script", "<svg", "<canvas", "<img" }.Any(tag => html.Contains(tag, StringComparison.OrdinalIgnoreCase));
}
