using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Cli.Tests.Export;

/// <summary>One export of the embedded data in each format that the tests of a class read, deleted after them.</summary>
public sealed class ExportsFixture : IDisposable
{
    private readonly Dictionary<string, TempDirectory> folders = [];

    /// <summary>The folder of an export, made on first use.</summary>
    /// <param name="format">The format, as <c>--format</c> takes it.</param>
    /// <returns>The folder.</returns>
    public string Folder(string format)
    {
        lock (folders)
        {
            if (!folders.TryGetValue(format, out var folder))
            {
                folder = new TempDirectory();
                var (code, _, error) = CliRunner.Run("export", "--format", format, "--out", folder.Path);
                code.Should().Be(0, error);
                folders[format] = folder;
            }

            return folder.Path;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var folder in folders.Values)
        {
            folder.Dispose();
        }
    }
}
