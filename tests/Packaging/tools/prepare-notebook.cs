// Copies the walkthrough notebook, pointing its package cell at the local feed and the version under test.
// The copy has none of the outputs saved in the notebook, so every output checked after the run is the run's.
// Usage: dotnet run prepare-notebook.cs -- SOURCE TARGET FEED VERSION
using System.Text.Json.Nodes;

var (source, target, feed, version) = (args[0], args[1], args[2], args[3]);
var notebook = JsonNode.Parse(File.ReadAllText(source))!;
foreach (var cell in notebook["cells"]!.AsArray())
{
    if ((string?)cell!["cell_type"] != "code")
    {
        continue;
    }

    cell["outputs"] = new JsonArray();
    cell["execution_count"] = null;
    var lines = cell["source"]!.AsArray();
    if (lines.Any(l => ((string?)l ?? "").StartsWith("#r \"nuget: Shaoxing.Yearbook2020", StringComparison.Ordinal)))
    {
        cell["source"] = new JsonArray($"#i \"nuget: {feed}\"\n", $"#r \"nuget: Shaoxing.Yearbook2020, {version}\"\n");
    }
}

File.WriteAllText(target, notebook.ToJsonString());
