using System.Globalization;
using System.Text;
using System.Text.Json;
using Shaoxing.Yearbook2020.Data.Reading;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Tests.Data.Reading;

/// <summary>
/// The strictness the loader promises, case by case, on small files of source spans, corrections and
/// incidents: everything the serializer options used to refuse is still refused, at the right token.
/// </summary>
public sealed class DataReaderTests
{
    private const string Span = """{"line":3,"endLine":4,"entryId":"s1-e01"}""";

    [Fact]
    public void ReadArrayFile_WellFormedSpans_ReadsEveryProperty()
    {
        var spans = Spans($"[{Span},{{\"line\":5,\"endLine\":5,\"entryId\":null}}]");

        spans.Should().Equal(
            new SourceSpan { Line = 3, EndLine = 4, EntryId = "s1-e01" },
            new SourceSpan { Line = 5, EndLine = 5, EntryId = null });
    }

    [Theory]
    [InlineData("""[{"entryId":"s1-e01","endLine":4,"line":3}]""")]
    [InlineData("""[{"\u006Cine":3,"endLine":4,"entryId":"s1-\u0065\u0030\u0031"}]""")]
    [InlineData(" \n [ { \"line\" : 3 , \"endLine\" : 4 , \"entryId\" : \"s1-e01\" } ] \n ")]
    public void ReadArrayFile_AnyOrderEscapesOrWhitespace_ReadsTheSameSpan(string json)
    {
        Spans(json).Should().Equal(new SourceSpan { Line = 3, EndLine = 4, EntryId = "s1-e01" });
    }

    [Theory]
    [InlineData("""[{"line":3,"endLine":4,"entryId":"s1-e01","surprise":1}]""", "'surprise' is not a property of SourceSpan", 42)]
    [InlineData("""[{"line":3,"line":3,"endLine":4,"entryId":"s1-e01"}]""", "'line' appears twice", 11)]
    [InlineData("""[{"line":3,"endLine":4}]""", "has no property 'entryId'", 1)]
    [InlineData("""[{"line":3,"endLine":4,"entryId":null,"Line":3}]""", "'Line' is not a property", 38)]
    [InlineData("""[{"line":"3","endLine":4,"entryId":null}]""", "expected a whole number (32-bit), found a string", 9)]
    [InlineData("""[{"line":3.0,"endLine":4,"entryId":null}]""", "expected a whole number", 9)]
    [InlineData("""[{"line":3e0,"endLine":4,"entryId":null}]""", "expected a whole number", 9)]
    [InlineData("""[{"line":2147483648,"endLine":4,"entryId":null}]""", "expected a whole number", 9)]
    [InlineData("""[{"line":null,"endLine":4,"entryId":null}]""", "expected a whole number (32-bit), found null", 9)]
    [InlineData("""[{"line":3,"endLine":4,"entryId":7}]""", "expected a string, found a number", 33)]
    [InlineData("""[{"line":3,"endLine":4,"entryId":["s1-e01"]}]""", "expected a string, found an array", 33)]
    [InlineData("""[null]""", "expected an object (SourceSpan), found null", 1)]
    [InlineData("""{"line":3,"endLine":4,"entryId":null}""", "expected an array, found an object", 0)]
    [InlineData("""null""", "expected an array, found null", 0)]
    public void ReadArrayFile_WrongShape_IsRefusedAtTheOffendingToken(string json, string reason, long offset)
    {
        var read = () => Spans(json);

        var thrown = read.Should().Throw<DataFormatException>().Which;
        thrown.Reason.Should().Contain(reason);
        thrown.ByteOffset.Should().Be(offset);
    }

    [Theory]
    [InlineData("""[{"line":3,"endLine":4,"entryId":null},]""")]
    [InlineData("""[{"line":3,"endLine":4,"entryId":null}] // note""")]
    [InlineData("""[{"line":3,"endLine":4,"entryId":null}] []""")]
    [InlineData("""[{"line":3,"endLine":4,"entryId":null}""")]
    [InlineData("""[{'line':3,"endLine":4,"entryId":null}]""")]
    [InlineData("")]
    public void ReadArrayFile_MalformedJson_IsRefusedByTheJsonReader(string json)
    {
        var read = () => Spans(json);

        read.Should().Throw<JsonException>().Which.LineNumber.Should().NotBeNull();
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("[{\"line\":3,\"endLine\":4,\"entryId\":", "}]")]
    public void ReadArrayFile_DeepNesting_IsRefusedAtItsFirstToken(string before, string after)
    {
        // The readers never skip a value they do not know, so nesting is refused as the wrong shape at
        // once; the reader's depth limit (64) is a second guard.
        var json = before + new string('[', 5_000) + new string(']', 5_000) + after;

        var read = () => Spans(json);

        read.Should().Throw<DataFormatException>().Which.ByteOffset.Should().Be(before.Length);
    }

    [Fact]
    public void ReadArrayFile_InvalidUtf8InAString_IsRefusedAtThatString()
    {
        var bytes = Encoding.UTF8.GetBytes("""[{"line":3,"endLine":4,"entryId":"s1-eX"}]""");
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xFF;

        var read = () => DataReader.ReadArrayFile(bytes, SourceSpanReader.Read);

        var thrown = read.Should().Throw<DataFormatException>().Which;
        thrown.Reason.Should().Contain("UTF-8");
        thrown.ByteOffset.Should().Be(33);
    }

    [Fact]
    public void ReadArrayFile_ShortStringRepeated_IsReadIntoOneString()
    {
        var spans = Spans($"[{Span},{Span}]");

        spans[1].EntryId.Should().Be("s1-e01").And.BeSameAs(spans[0].EntryId);
    }

    [Fact]
    public void ReadArrayFile_ManyStringsEachTwice_EachIsReadAsWritten()
    {
        // Enough different values to fill the reader's string cache many times over, short and long (up to 80
        // bytes), ASCII and not, each appearing twice and far apart.
        var values = Enumerable.Range(0, 3000)
            .Select(i => new string((char)('a' + (i % 26)), 1 + (i % 70)) + i.ToString(CultureInfo.InvariantCulture) + (i % 3 == 0 ? "绍兴" : string.Empty))
            .ToList();
        var json = "[" + string.Join(",", values.Concat(values).Select(v => $$"""{"line":1,"endLine":1,"entryId":"{{v}}"}""")) + "]";

        var read = Spans(json).Select(span => span.EntryId);

        read.Should().Equal(values.Concat(values));
    }

    [Theory]
    [InlineData("remove-line", CorrectionKind.RemoveLine)]
    [InlineData("infer-section", CorrectionKind.InferSection)]
    [InlineData("\\u0072eplace", CorrectionKind.Replace)]
    public void Enum_JsonName_ReadsTheMember(string name, CorrectionKind expected)
    {
        Correction(name).Kind.Should().Be(expected);
    }

    [Theory]
    [InlineData("\"RemoveLine\"")]
    [InlineData("\"Remove-Line\"")]
    [InlineData("\"remove_line\"")]
    [InlineData("1")]
    [InlineData("null")]
    public void Enum_OtherSpellingOrNumber_IsRefused(string value)
    {
        var json = Encoding.UTF8.GetBytes($$"""[{"id":"c1","kind":{{value}},"line":1,"endLine":null,"original":null,"corrected":null,"targetHeading":null,"targetEntryId":null,"reason":"r","namedRecords":[]}]""");

        var read = () => DataReader.ReadArrayFile(json, CorrectionReader.Read);

        read.Should().Throw<DataFormatException>().Which.Reason.Should().Contain("remove-line");
    }

    [Theory]
    [InlineData("\"2020-08-02\"", "\"09:05\"", 2020, 8, 2, 9, 5)]
    [InlineData("null", "null", 0, 0, 0, -1, -1)]
    public void DateAndTime_WellFormed_AreRead(string date, string time, int year, int month, int day, int hour, int minute)
    {
        var incident = Incident(date, time);

        incident.Date.Should().Be(year == 0 ? null : new DateOnly(year, month, day));
        incident.Time.Should().Be(hour < 0 ? null : new TimeOnly(hour, minute));
    }

    [Theory]
    [InlineData("\"2020-8-2\"", "null")]
    [InlineData("\"2020-02-30\"", "null")]
    [InlineData("\"2020-08-02T00:00:00\"", "null")]
    [InlineData("20200802", "null")]
    [InlineData("null", "\"9:05\"")]
    [InlineData("null", "\"09:05:00\"")]
    [InlineData("null", "\"24:00\"")]
    public void DateAndTime_OtherForms_AreRefused(string date, string time)
    {
        var read = () => Incident(date, time);

        read.Should().Throw<DataFormatException>().Which.Reason.Should().MatchRegex("expected a (date written yyyy-MM-dd|time of day written HH:mm)");
    }

    private static SourceSpan[] Spans(string json) =>
        [.. DataReader.ReadArrayFile(Encoding.UTF8.GetBytes(json), SourceSpanReader.Read)];

    private static Correction Correction(string kind) => DataReader.ReadArrayFile(
        Encoding.UTF8.GetBytes($$"""[{"id":"c1","kind":"{{kind}}","line":1,"endLine":null,"original":null,"corrected":null,"targetHeading":null,"targetEntryId":null,"reason":"r","namedRecords":[]}]"""),
        CorrectionReader.Read)[0];

    private static SafetyIncident Incident(string date, string time)
    {
        var json = $$"""
            [{"id":"incident-01","name":"n","code":null,"category":"fire","date":{{date}},"time":{{time}},"endDate":null,"endTime":null,
              "district":null,"location":null,"placeId":null,"inShaoxing":true,"deaths":null,"injured":null,"seriouslyInjured":null,"evacuated":null,
              "affected":null,"relocated":null,"directEconomicLossYuan":null,"detailLevel":"mention","summary":"s","notes":null,
              "source":{"line":1,"endLine":1,"entryId":null},"mentions":[],"namedRecords":[],"englishName":null,"englishDistrict":null,"englishLocation":null}]
            """;
        return DataReader.ReadArrayFile(Encoding.UTF8.GetBytes(json), SafetyIncidentReader.Read)[0];
    }
}
