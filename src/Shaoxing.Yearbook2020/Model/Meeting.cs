using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Queries;
using Shaoxing.Yearbook2020.Validation;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>A meeting of the 8th municipal government: one of the 2 plenary or 22 executive meetings of 2020.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
/// <collection>The 2 plenary and 22 executive meetings of the 8th municipal government in 2020.</collection>
/// <collectionValue>A read-only collection, in text order (plenary meetings first).</collectionValue>
[DataFile("meetings.json", typeof(MeetingValidator), Collection = typeof(MeetingCollection), Label = "{Kind} meeting {Number}[ — {Purpose}]")]
public sealed record Meeting : IDatedRecord
{
    /// <summary>The meeting's stable id: kind and number, e.g. <c>executive-68</c> or <c>plenary-07</c>.</summary>
    /// <value>A short ASCII id.</value>
    public required string Id { get; init; }

    /// <summary>Plenary or executive.</summary>
    /// <value>A <see cref="MeetingKind"/>.</value>
    public required MeetingKind Kind { get; init; }

    /// <summary>The term of the municipal government (八届).</summary>
    /// <value>8.</value>
    public required int Term { get; init; }

    /// <summary>The meeting's number within its kind and term (第六十八次 → 68).</summary>
    /// <value>A positive number.</value>
    public required int Number { get; init; }

    /// <summary>The day the meeting was held.</summary>
    /// <value>A date in 2020.</value>
    public required DateOnly Date { get; init; }

    /// <summary>Who chaired the meeting, where the text says.</summary>
    /// <value>A participant, or <see langword="null"/> when the text does not say.</value>
    public Participant? Chair { get; init; }

    /// <summary>Who spoke (讲话) at a plenary meeting.</summary>
    /// <value>Participants; empty for executive meetings.</value>
    public required ImmutableArray<Participant> Speakers { get; init; }

    /// <summary>Who the text says attended (参加), with their roles.</summary>
    /// <value>Participants; empty where the text lists none.</value>
    public required ImmutableArray<Participant> Attendees { get; init; }

    /// <summary>The main task of a plenary meeting (主要任务是…).</summary>
    /// <value>Chinese text, or <see langword="null"/> for executive meetings.</value>
    public string? Purpose { get; init; }

    /// <summary>The reports heard, one per <c>听取</c> clause, in text order.</summary>
    /// <value>Items; empty for plenary meetings.</value>
    public required ImmutableArray<AgendaItem> AgendaItems { get; init; }

    /// <summary>The collective law-study sessions held at the meeting.</summary>
    /// <value>Sessions; usually empty.</value>
    public required ImmutableArray<LawStudy> LawStudies { get; init; }

    /// <summary>Other things done at or after the meeting (观看…警示片, 赴周恩来风范园 …), as written.</summary>
    /// <value>Chinese text; usually empty.</value>
    public required ImmutableArray<string> Activities { get; init; }

    /// <summary>The seed lines of the meeting's paragraph.</summary>
    /// <value>A seed span whose text contains the meeting's date.</value>
    public required SourceSpan Source { get; init; }

    /// <summary>The English rendering of <see cref="Purpose"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text, or <see langword="null"/> when <see cref="Purpose"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishPurpose { get; init; }

    /// <summary>The English renderings of <see cref="Activities"/>, one for each, in the same order, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English texts, parallel to the Chinese list; empty when any of them has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public ImmutableArray<string> EnglishActivities { get; init; } = [];

    /// <inheritdoc/>
    DateOnly? IDatedRecord.Date => Date;

    /// <summary>Every body, person and place the meeting's own texts name by a whole name: its purpose, activities, law studies and the names, roles and titles of its chair, speakers and attendees; its agenda items carry their own (<see cref="AgendaItem.NamedRecords"/>).</summary>
    /// <value>Links with their spans, by the path of the text (<c>purpose</c>, <c>activities[0]</c>, <c>attendees[2].title</c>); empty when its texts name none.</value>
    public ImmutableArray<NamedRecord> NamedRecords { get; init; } = [];
}
