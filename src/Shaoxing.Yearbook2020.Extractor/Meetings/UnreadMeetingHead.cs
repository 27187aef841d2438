namespace Shaoxing.Yearbook2020.Extractor.Meetings;

/// <summary>A meeting's paragraph whose opening words no family of <see cref="MeetingHeadReader"/> reads.</summary>
/// <param name="Line">The paragraph's seed line.</param>
/// <param name="Text">Its opening words.</param>
/// <param name="Closest">The family that read the most of them, and how far.</param>
internal sealed record UnreadMeetingHead(int Line, string Text, string Closest);
