using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Shaoxing.Yearbook2020.Cli.Rendering;

/// <summary>
/// Writes a command's answer as one indented JSON document. Records are written exactly as the package writes
/// them in its data files (<see cref="Data.RecordKind.WriteJson"/>), so a script reads the same names, enum
/// spellings and date formats as in the data; no reflection is involved.
/// </summary>
internal static class JsonAnswer
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",

        // Chinese text stays readable; the writer still escapes control characters and quotes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a JSON document, followed by a line break, to a writer.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    /// <summary>Writes the envelope of a list of records of one kind: <c>{"kind", "count", "records": [...]}</c>.</summary>
    /// <param name="output">Where the document goes.</param>
    /// <param name="yearbook">The yearbook the records come from.</param>
    /// <param name="records">The records, all of one kind of <see cref="Yearbook.Kinds"/>.</param>
    /// <param name="extra">Further properties of the answer, written after the records.</param>
    public static void WriteRecords<T>(TextWriter output, Yearbook yearbook, IEnumerable<T> records, Action<Utf8JsonWriter>? extra = null)
        where T : class
    {
        var list = records.ToList();
        var kind = KindOf<T>();
        Write(output, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("kind", kind.Name);
            writer.WriteNumber("count", list.Count);
            writer.WritePropertyName("records");
            writer.WriteStartArray();
            foreach (var node in NodesOf(yearbook, list))
            {
                node.WriteTo(writer);
            }

            writer.WriteEndArray();
            extra?.Invoke(writer);
            writer.WriteEndObject();
        });
    }

    /// <summary>The JSON objects of records of one kind, as the package writes them, in the order given.</summary>
    /// <exception cref="InvalidOperationException">A record is not one of the yearbook's own records.</exception>
    public static IEnumerable<JsonNode> NodesOf<T>(Yearbook yearbook, IReadOnlyCollection<T> records)
        where T : class
    {
        if (records.Count == 0)
        {
            return [];
        }

        var kind = KindOf<T>();
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            kind.WriteJson(yearbook, writer);
        }

        var nodes = JsonNode.Parse(buffer.WrittenSpan)!.AsArray();

        // The kind writes its records in the order it holds them, so a record's position finds its JSON.
        var positions = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        var all = kind.RecordsIn(yearbook);
        for (var i = 0; i < all.Count; i++)
        {
            positions[all[i]] = i;
        }

        return records.Select(r => positions.TryGetValue(r, out var i)
            ? nodes[i]!.DeepClone()
            : throw new InvalidOperationException($"a {typeof(T).Name} that is not a record of {kind.FileName} was asked for."));
    }

    private static Data.RecordKind KindOf<T>() =>
        Yearbook.Kinds.FirstOrDefault(k => k.RecordType == typeof(T))
        ?? throw new InvalidOperationException($"{typeof(T).Name} is not a record kind of the package.");
}
