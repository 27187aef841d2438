using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Data.Reading;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Tests.Data;

/// <summary>
/// Rewrites data files and keeps <c>dataset.json</c> consistent with them (hash, record count and the
/// manifest's own checksum), so that a test's change gets past the integrity check and reaches the code
/// under test. Works on a folder or on the files held in memory.
/// </summary>
internal static class ManifestEditor
{
    /// <summary>Writes a file into a folder and brings the manifest's hash (and, when given, record count) up to date.</summary>
    public static void RewriteWithHash(string directory, string fileName, string json, int? records = null)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        File.WriteAllBytes(Path.Combine(directory, fileName), bytes);
        var manifestPath = Path.Combine(directory, DataFileNames.Dataset);
        File.WriteAllBytes(manifestPath, WithFile(File.ReadAllBytes(manifestPath), fileName, bytes, records));
    }

    /// <summary>Replaces a file held in memory and brings the manifest's hash (and, when given, record count) up to date.</summary>
    public static void RewriteWithHash(IDictionary<string, byte[]> files, string fileName, byte[] bytes, int? records = null)
    {
        files[fileName] = bytes;
        files[DataFileNames.Dataset] = WithFile(files[DataFileNames.Dataset], fileName, bytes, records);
    }

    /// <summary>Changes the manifest of a folder and brings its checksum up to date.</summary>
    public static void EditManifest(string directory, Action<JsonObject> edit)
    {
        var manifestPath = Path.Combine(directory, DataFileNames.Dataset);
        var manifest = JsonNode.Parse(File.ReadAllBytes(manifestPath))!.AsObject();
        edit(manifest);
        File.WriteAllBytes(manifestPath, Sealed(manifest));
    }

    /// <summary>Changes the manifest held in memory and brings its checksum up to date.</summary>
    public static void EditManifest(IDictionary<string, byte[]> files, Action<JsonObject> edit)
    {
        var manifest = JsonNode.Parse(files[DataFileNames.Dataset])!.AsObject();
        edit(manifest);
        files[DataFileNames.Dataset] = Sealed(manifest);
    }

    /// <summary>The committed data files, read into memory for a test to change.</summary>
    public static Dictionary<string, byte[]> CommittedFiles() =>
        Directory.EnumerateFiles(RepositoryPaths.Data, "*.json").ToDictionary(p => Path.GetFileName(p), File.ReadAllBytes, StringComparer.Ordinal);

    /// <summary>Brings the manifest's own checksum up to date after a test changed it on purpose.</summary>
    public static void Reseal(string manifestPath) =>
        File.WriteAllBytes(manifestPath, Sealed(JsonNode.Parse(File.ReadAllBytes(manifestPath))!.AsObject()));

    private static byte[] WithFile(byte[] manifestBytes, string fileName, byte[] bytes, int? records)
    {
        var manifest = JsonNode.Parse(manifestBytes)!.AsObject();
        foreach (var file in manifest["files"]!.AsArray())
        {
            if ((string?)file!["name"] == fileName)
            {
                file["sha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes));
                if (records is { } count)
                {
                    file["records"] = count;
                }
            }
        }

        return Sealed(manifest);
    }

    private static byte[] Sealed(JsonObject manifest)
    {
        var fields = DataReader.ReadObjectFile(Encoding.UTF8.GetBytes(manifest.ToJsonString()), DatasetManifestReader.Read);
        manifest["manifestSha256"] = DataFileLoader.ManifestChecksum(fields);
        return Encoding.UTF8.GetBytes(manifest.ToJsonString());
    }
}
