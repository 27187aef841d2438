// Saves the outputs of an executed copy of the walkthrough into the walkthrough itself, so that the
// committed notebook shows its text and charts without being run, while its cells stay as a user writes
// them (the executed copy's package cell points at a local feed and a prerelease build).
// Usage: dotnet run save-notebook-outputs.cs -- SOURCE.ipynb EXECUTED.ipynb FEED
// Every other cell's source must be the same in both notebooks. Left out of what is saved:
//  - the package cell's outputs: they name the local feed and the prerelease version, not the cell as saved;
//  - the "Installing Packages" progress frames (a live notebook replaces each with the next one);
// and the user's home folder in a path (NuGet's package folder) reads "~". The feed's path must then
// appear nowhere.
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

var (sourcePath, executedPath, feed) = (args[0], args[1], args[2]);
var source = JsonNode.Parse(File.ReadAllText(sourcePath))!;
var executed = JsonNode.Parse(File.ReadAllText(executedPath))!;
var sourceCells = source["cells"]!.AsArray();
var executedCells = executed["cells"]!.AsArray();
if (sourceCells.Count != executedCells.Count)
{
    return Fail($"the executed notebook has {executedCells.Count} cells, the source {sourceCells.Count}");
}

// Written as Jupyter writes a notebook (one-space indent, text unescaped) so that a diff shows only what changed.
var options = new JsonSerializerOptions { WriteIndented = true, IndentSize = 1, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile).TrimEnd('/');
for (var i = 0; i < sourceCells.Count; i++)
{
    var (cell, run) = (sourceCells[i]!, executedCells[i]!);
    if ((string?)cell["cell_type"] != "code")
    {
        continue;
    }

    var text = Text(cell["source"]);
    if (text.Contains("#r \"nuget: Shaoxing.Yearbook2020", StringComparison.Ordinal))
    {
        cell["outputs"] = new JsonArray();
        continue;
    }

    if (Text(run["source"]) != text)
    {
        return Fail($"cell {i + 1} differs between the source and the executed notebook");
    }

    var outputs = new JsonArray();
    foreach (var output in run["outputs"]?.AsArray() ?? [])
    {
        var json = output!.ToJsonString(options);
        if (json.Contains("<strong>Installing Packages</strong>", StringComparison.Ordinal))
        {
            continue;
        }

        if (home.Length > 1)
        {
            json = json.Replace(home + "/", "~/", StringComparison.Ordinal);
        }

        if (json.Contains(feed, StringComparison.Ordinal))
        {
            return Fail($"an output of cell {i + 1} names the local feed {feed}");
        }

        outputs.Add(JsonNode.Parse(json));
    }

    cell["outputs"] = outputs;
}

File.WriteAllText(sourcePath, source.ToJsonString(options) + "\n");
Console.WriteLine($"saved the outputs of {executedPath} into {sourcePath}");
return 0;

static string Text(JsonNode? lines) => lines is JsonArray array ? string.Concat(array.Select(l => (string?)l)) : (string?)lines ?? "";

static int Fail(string message)
{
    Console.Error.WriteLine($"save-notebook-outputs: {message}");
    return 1;
}
