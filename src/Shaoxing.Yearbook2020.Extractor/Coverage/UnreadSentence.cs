namespace Shaoxing.Yearbook2020.Extractor.Coverage;

/// <summary>A sentence that carries a cue but yields no record that reads it.</summary>
/// <param name="Line">The seed line the sentence starts on.</param>
/// <param name="EntryId">The entry holding it.</param>
/// <param name="Kind">What its cue announces.</param>
/// <param name="Cue">The cue as printed (被评为, 获…称号, 死亡 …).</param>
/// <param name="Sentence">The sentence of the repaired text.</param>
public sealed record UnreadSentence(int Line, string EntryId, CueKind Kind, string Cue, string Sentence);
