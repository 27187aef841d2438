using System.Collections.Immutable;
using Shaoxing.Yearbook2020.Data;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>A post a person is seen holding, and the first and last dates the text shows it.</summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record Appointment
{
    /// <summary>The post as written, e.g. <c>市生态环境局局长</c>.</summary>
    /// <value>Chinese text.</value>
    public required string Role { get; init; }

    /// <summary>The title alone, e.g. <c>局长</c>.</summary>
    /// <value>Chinese text.</value>
    public required string Title { get; init; }

    /// <summary>The body of the post.</summary>
    /// <value>An <see cref="Agency.Id"/>.</value>
    [LinksTo(typeof(Agency))]
    public required string AgencyId { get; init; }

    /// <summary>The first date the text shows the person in this post: at a meeting, or at an event an entry dates where
    /// the post is written with the name.</summary>
    /// <value>A date in 2020.</value>
    public required DateOnly FirstSeen { get; init; }

    /// <summary>The last date the text shows the person in this post: at a meeting, or at a dated event (徐国龙 as
    /// 常务副市长 on 2020-09-29, line 373).</summary>
    /// <value>A date not before <see cref="FirstSeen"/>.</value>
    public required DateOnly LastSeen { get; init; }

    /// <summary>The meetings at which the person is shown in this post, in date order.</summary>
    /// <value><see cref="Meeting.Id"/>s.</value>
    [LinksTo(typeof(Meeting))]
    public required ImmutableArray<string> MeetingIds { get; init; }

    /// <summary>Every seed line where the person is named in this post: the meetings' in date order, then the events'.</summary>
    /// <value>Seed spans whose text contains the person's name.</value>
    public required ImmutableArray<SourceSpan> Sources { get; init; }

    /// <summary>The English rendering of <see cref="Role"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text, or <see langword="null"/> when <see cref="Role"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishRole { get; init; }

    /// <summary>The English rendering of <see cref="Title"/>, from the glossary under <c>seeds/glossary/</c>.</summary>
    /// <value>English text, or <see langword="null"/> when <see cref="Title"/> is null or has no rendering yet (listed in <c>untranslated-texts.tsv</c>).</value>
    public string? EnglishTitle { get; init; }
}
