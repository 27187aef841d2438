namespace Shaoxing.Yearbook2020.Extractor.Coverage;

/// <summary>What a cue in a sentence announces.</summary>
public enum CueKind
{
    /// <summary>An honour conferred, awarded or won (被授予, 被评为, 荣获 …): the sentence should yield an honour.</summary>
    Honour,

    /// <summary>People killed, injured or missing (死亡, 受伤, 失踪 …): the sentence should yield an incident or a casualty figure.</summary>
    Casualty,
}
