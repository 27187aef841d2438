namespace Shaoxing.Yearbook2020.Testing;

/// <summary>Finds the repository's folders from the test's output folder.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string SeedFile => Path.Combine(Seeds, "000_7ba1952524c06baf.txt");

    public static string Data => Path.Combine(Root, "src", "Shaoxing.Yearbook2020", "Data");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Shaoxing.Yearbook2020.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run inside the repository; no Shaoxing.Yearbook2020.sln found above " + AppContext.BaseDirectory);
    }
}
