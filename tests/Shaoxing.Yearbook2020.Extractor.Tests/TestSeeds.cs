using System.Collections.Immutable;
using System.Text;
using Shaoxing.Yearbook2020.Extractor.Text;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Tests;

/// <summary>Small seeds written in the tests, shaped like the real one.</summary>
internal static class TestSeeds
{
    public static SeedDocument Of(params string[] lines) =>
        SeedDocument.FromBytes("test.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines)));

    public static ImmutableArray<Correction> NoCorrections => [];
}
