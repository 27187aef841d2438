// Checks a notebook's outputs: fails if any cell raised an error, if the notebook has fewer chart cells
// than the walkthrough draws, if a chart cell has no static chart image (PNG or SVG), or if an output prints a
// date US-style (dates are written yyyy-MM-dd).
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
        var printed = Text(output["text"]) ?? Text(output["data"]?["text/plain"]) ?? string.Empty;
        if (System.Text.RegularExpressions.Regex.Match(printed, @"\b\d{1,2}/\d{1,2}/\d{4}\b") is { Success: true } usDate)
        {
            failures.Add($"{name} prints a date as {usDate.Value}: dates are written yyyy-MM-dd");
        }
    }

    if (isChart)
    {
        charts.Add(name);
        if (!drewChart)
        {
            failures.Add($"{name} is a chart cell but has no chart image (image/png or image/svg+xml)");
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

// A chart counts only as a static image: a PNG (base64, starting with the PNG signature) or an SVG. HTML
// that draws with a script shows nothing where scripts do not run (GitHub's viewer, an offline copy).
static bool IsChart(JsonNode? data)
{
    if (data is not JsonObject mimeTypes)
    {
        return false;
    }

    if (Text(mimeTypes["image/png"]) is { } png)
    {
        try
        {
            var bytes = Convert.FromBase64String(png.Trim());
            return bytes.Length > 8 && bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        }
        catch (FormatException)
        {
            return false;
        }
    }

    return Text(mimeTypes["image/svg+xml"]) is { } svg && svg.Contains("<svg", StringComparison.Ordinal);
}

static string? Text(JsonNode? node) => node switch
{
    JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
    JsonValue value => (string?)value,
    _ => null,
};
