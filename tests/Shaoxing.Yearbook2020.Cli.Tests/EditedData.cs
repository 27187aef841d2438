using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Cli.Tests;

/// <summary>
/// A copy of the committed data with one file's records changed by a test, and the file's hash and the manifest's
/// checksum brought up to date, so that the change gets past the loader's integrity check and reaches the command.
/// </summary>
internal static class EditedData
{
    /// <summary>Copies the data and changes the records of one file.</summary>
    /// <param name="fileName">The data file, e.g. <c>agencies.json</c>.</param>
    /// <param name="edit">Changes the file's array of records in place.</param>
    /// <returns>The folder, deleted when disposed.</returns>
    public static TempDirectory With(string fileName, Action<JsonArray> edit)
    {
        var copy = TempDirectory.CopyOf(RepositoryPaths.Data);
        var path = Path.Combine(copy.Path, fileName);
        var records = JsonNode.Parse(File.ReadAllBytes(path))!.AsArray();
        edit(records);
        var bytes = Encoding.UTF8.GetBytes(records.ToJsonString());
        File.WriteAllBytes(path, bytes);

        var manifestPath = Path.Combine(copy.Path, "dataset.json");
        var manifest = JsonNode.Parse(File.ReadAllBytes(manifestPath))!.AsObject();
        var file = manifest["files"]!.AsArray().Single(f => (string?)f!["name"] == fileName)!;
        file["sha256"] = Sha256(bytes);
        file["records"] = records.Count;
        manifest["manifestSha256"] = ManifestChecksum(manifest);
        File.WriteAllText(manifestPath, manifest.ToJsonString());
        return copy;
    }

    // The manifest's checksum covers its fields one a line, then each file as "name sha256 records".
    private static string ManifestChecksum(JsonObject manifest)
    {
        var text = new StringBuilder();
        foreach (var field in new[] { "title", "coverageYear", "seedFileName", "seedSha256", "seedLineCount", "generatorVersion" })
        {
            text.Append(manifest[field]!.ToString()).Append('\n');
        }

        foreach (var file in manifest["files"]!.AsArray())
        {
            text.Append(CultureInfo.InvariantCulture, $"{file!["name"]} {file["sha256"]} {file["records"]}\n");
        }

        return Sha256(Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
