namespace Shaoxing.Yearbook2020.Extractor.Meetings;

/// <summary>What a meeting's opening words give: its term, number, date and, for a plenary meeting, its purpose.</summary>
/// <param name="Term">The government's term (八届 → 8).</param>
/// <param name="Number">The meeting's number within the term.</param>
/// <param name="Date">The day it was held (the first day of a range).</param>
/// <param name="Purpose">What a plenary meeting was for (主要任务是…), or <see langword="null"/>.</param>
/// <param name="Length">Where the meeting's body starts in the paragraph.</param>
/// <param name="Family">The family of wording that read it.</param>
public sealed record MeetingHead(int Term, int Number, DateOnly Date, string? Purpose, int Length, string Family);
