using PublicApiGenerator;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Tests.Api;

/// <summary>
/// The package's public API is tracked in <c>PublicApi.approved.txt</c>: any change to it shows up as
/// a failing test and a diff in review, so it is always deliberate. To approve a change, copy the
/// <c>PublicApi.received.txt</c> the failing test writes over the approved file.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_IsTheApprovedOne()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "Shaoxing.Yearbook2020.Tests", "Api");
        var approvedPath = Path.Combine(folder, "PublicApi.approved.txt");
        var receivedPath = Path.Combine(folder, "PublicApi.received.txt");
        var api = typeof(Yearbook).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,
        }).ReplaceLineEndings("\n");

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (api != approved)
        {
            File.WriteAllText(receivedPath, api);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        api.Should().Be(approved, $"the public API changed: review {receivedPath} and copy it over {approvedPath} if the change is deliberate");
    }
}
