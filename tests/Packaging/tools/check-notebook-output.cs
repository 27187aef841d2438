// Prints the text outputs of an executed notebook and fails if any cell raised an error.
// Usage: dotnet run check-notebook-output.cs -- EXECUTED.ipynb
using System.Text.Json.Nodes;

var notebook = JsonNode.Parse(File.ReadAllText(args[0]))!;
var cells = 0;
foreach (var cell in notebook["cells"]!.AsArray())
{
    if ((string?)cell!["cell_type"] != "code")
    {
        continue;
    }

    cells++;
    foreach (var output in cell["outputs"]?.AsArray() ?? [])
    {
        if ((string?)output!["output_type"] == "error")
        {
            Console.Error.WriteLine($"notebook cell {cells} failed: {output["ename"]} {output["evalue"]}");
            return 1;
        }

        foreach (var text in output["text"]?.AsArray() ?? [])
        {
            Console.Write((string?)text);
        }
    }
}

Console.WriteLine($"notebook: {cells} code cells ran without error");
return 0;
