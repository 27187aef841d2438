using System.Text.Json;

namespace Shaoxing.Yearbook2020.Benchmarks;

/// <summary>The floor for loading: one <see cref="Utf8JsonReader"/> pass that visits every token and
/// materialises every string (property names and values), building nothing else.</summary>
internal static class FloorReader
{
    public static int Read(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes);
        var checksum = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                case JsonTokenType.String:
                    checksum += reader.GetString()!.Length;
                    break;
                case JsonTokenType.Number:
                    checksum += reader.ValueSpan.Length;
                    break;
                default:
                    checksum++;
                    break;
            }
        }

        return checksum;
    }
}
