using System.Collections.Immutable;
using System.Text.Json;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Data.Reading;

namespace Shaoxing.Yearbook2020.Benchmarks;

/// <summary>How a file is loaded in <see cref="LoadBenchmarks"/>.</summary>
internal enum LoadWay
{
    /// <summary>The package's loader on a copy of the files (as <c>Yearbook.Load(folder)</c>): SHA-256 integrity check, strict reader, count check.</summary>
    Package = 1,

    /// <summary>The package's strict generated readers alone (what the loader does after the hash).</summary>
    Readers = 2,

    /// <summary>Reflection-based System.Text.Json into the same records: what a user would write instead.</summary>
    Reflection = 4,

    /// <summary>The package's loader on its embedded resources (as <c>Yearbook.Default</c>): resource read, strict reader, count check; no hashing.</summary>
    Embedded = 5,
}

/// <summary>How to load each data file, each way of <see cref="LoadWay"/>.</summary>
internal static class FileKinds
{
    private static readonly DataFileLoader Loader = new(new InMemoryDataFileSource(DataFiles.All));
    private static readonly DataFileLoader EmbeddedLoader = new(new EmbeddedDataFileSource());

    public static object Load(string name, LoadWay way)
    {
        var kind = RecordKindRegistry.All.SingleOrDefault(k => k.FileName == name)
            ?? throw new ArgumentOutOfRangeException(nameof(name), name, "no record kind has this data file");
        return kind.Accept(new Loading(name, way));
    }

    /// <summary>Loads one kind's file one way, with the kind's types in hand.</summary>
    private sealed class Loading(string name, LoadWay way) : IRecordKindVisitor<object>
    {
        public object Visit<TRecord, TCollection>(RecordKind<TRecord, TCollection> kind)
            where TRecord : class
            where TCollection : Queries.RecordCollection<TRecord> => way switch
            {
                LoadWay.Package => Loader.LoadArray(name, kind.Read),
                LoadWay.Embedded => EmbeddedLoader.LoadArray(name, kind.Read),
                LoadWay.Readers => DataReader.ReadArrayFile(DataFiles.All[name], kind.Read),
                LoadWay.Reflection => JsonSerializer.Deserialize<ImmutableArray<TRecord>>(DataFiles.All[name], ReflectionOptions.Options),
                _ => throw new InvalidOperationException($"{way} is not a way of loading a file."),
            };
    }
}
