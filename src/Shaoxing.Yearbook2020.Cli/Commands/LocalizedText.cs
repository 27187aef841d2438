using System.Globalization;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary>
/// The values of a command's tables in the language asked for: a record's Chinese text or its English field, a
/// person's name or pinyin, a body's or place's Chinese or English name. An English field the data lacks falls back
/// to the Chinese, so that nothing is left blank.
/// </summary>
internal sealed class LocalizedText(Yearbook yearbook, OutputLanguage language)
{
    public bool IsEnglish => language == OutputLanguage.English;

    /// <summary>The Chinese text, or in English its rendering when the record has one.</summary>
    public string Text(string chinese, string? english) => IsEnglish && english is not null ? english : chinese;

    /// <summary>As <see cref="Text(string, string?)"/>, for a text that may be absent.</summary>
    public string? Optional(string? chinese, string? english) => chinese is null ? null : Text(chinese, english);

    /// <summary>A name as printed, or in English the linked person's pinyin.</summary>
    public string Person(string name, string? personId) =>
        IsEnglish && personId is not null && yearbook.People.Find(personId) is { } person ? person.Pinyin : name;

    /// <summary>A body's full name, or its English name.</summary>
    public string Agency(Agency agency) => IsEnglish ? agency.EnglishName : agency.Name;

    /// <summary>A body by id: its full or English name, or the id when the data has no such body.</summary>
    public string AgencyById(string agencyId) => yearbook.Agencies.Find(agencyId) is { } agency ? Agency(agency) : agencyId;

    /// <summary>A place's name, or its English name.</summary>
    public string Place(Place place) => IsEnglish ? place.EnglishName : place.Name;

    /// <summary>A name as printed, or in English the English name or pinyin of the body, person or place it links to.</summary>
    public string? Linked(string? name, string? id)
    {
        if (!IsEnglish || name is null || id is null)
        {
            return name;
        }

        return yearbook.People.Find(id)?.Pinyin
            ?? yearbook.Agencies.Find(id)?.EnglishName
            ?? yearbook.Places.Find(id)?.EnglishName
            ?? name;
    }

    /// <summary>A body's name as a text holds it (a short name, say), or in English the English name of the body it resolves to.</summary>
    public string? AgencyName(string? name) =>
        IsEnglish && name is not null && yearbook.Agencies.Resolve(name) is { } agency ? agency.EnglishName : name;

    /// <summary>
    /// People with their posts, as the tables list participants and presenters: <c>市长盛阅春、副市长黄立枫</c>, or in
    /// English <c>Sheng Yuechun (Mayor); Huang Lifeng (Vice Mayor)</c>.
    /// </summary>
    public CellValue People(IEnumerable<(string Role, string? EnglishRole, string Name, string? PersonId)> people) =>
        IsEnglish
            ? string.Join("; ", people.Select(p => $"{Person(p.Name, p.PersonId)} ({Text(p.Role, p.EnglishRole)})"))
            : CellValue.People(people.Select(p => (p.Role, p.Name)));

    /// <summary>One person with a post, as <see cref="People"/> lists each.</summary>
    public CellValue Participant(string role, string? englishRole, string name, string? personId) =>
        IsEnglish ? People([(role, englishRole, name, personId)]) : CellValue.Parts(role, name);

    /// <summary>A meeting's name: 八届市政府第69次常务会议, or the 69th Executive Meeting of the 8th Municipal Government.</summary>
    public string MeetingName(Meeting meeting)
    {
        if (!IsEnglish)
        {
            return $"八届市政府第{meeting.Number}次{(meeting.Kind == MeetingKind.Plenary ? "全体" : "常务")}会议";
        }

        var kind = meeting.Kind == MeetingKind.Plenary ? "Plenary" : "Executive";
        return $"the {Ordinal(meeting.Number)} {kind} Meeting of the {Ordinal(meeting.Term)} Municipal Government";
    }

    /// <summary>The words that name a record in a list (its kind's label), in English from the record's English fields.</summary>
    public string Label(object record, SourceSpan source)
    {
        if (!IsEnglish)
        {
            return RecordLabel.Of(record, source);
        }

        return record switch
        {
            Meeting m => $"{JsonNames.Of(m.Kind)} meeting {m.Number.ToString(CultureInfo.InvariantCulture)}" + (m.Purpose is null ? string.Empty : " — " + Text(m.Purpose, m.EnglishPurpose)),
            Honour h => (h.Recipient is null ? string.Empty : Linked(h.Recipient, h.RecipientId) + ": ") + Text(h.Title, h.EnglishTitle),
            SafetyIncident i => (i.Code is null ? string.Empty : i.Code + " ") + Text(i.Name, i.EnglishName),
            Caption c => Text(c.Text, c.EnglishText),
            Entry e => Text(e.Heading, e.EnglishHeading),
            Section s => Optional(s.Title, s.EnglishTitle) ?? Optional(s.InferredTitle, s.EnglishInferredTitle) ?? s.Id,
            SeedTable t => Text(t.Title, t.EnglishTitle),
            Figure f => $"{f.NormalizedValue.ToString("0.##########", CultureInfo.InvariantCulture)}{(f.NormalizedUnit is null ? string.Empty : " " + Text(f.NormalizedUnit, f.EnglishNormalizedUnit))} ({Text(f.Label, f.EnglishLabel)})",
            DistrictSafetyStatistics d => Text(d.Area, d.EnglishArea),
            Agency a => a.EnglishName,
            Place p => p.EnglishName,
            Person p => p.Pinyin,
            _ => RecordLabel.Of(record, source),
        };
    }

    private static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
