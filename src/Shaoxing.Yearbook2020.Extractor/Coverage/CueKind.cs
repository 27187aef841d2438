namespace Shaoxing.Yearbook2020.Extractor.Coverage;

/// <summary>What a cue in a sentence announces.</summary>
public enum CueKind
{
    /// <summary>An honour conferred, awarded or won (被授予, 被评为, 荣获 …): the sentence should yield an honour.</summary>
    Honour,

    /// <summary>People killed, injured or missing (死亡, 受伤, 失踪 …): the sentence should yield an incident or a casualty figure.</summary>
    Casualty,

    /// <summary>A list paired with its values by 分别 (A、B、C…分别…X、Y、Z) whose lengths differ: the values are not
    /// given the items' labels, since which goes with which is not in the text.</summary>
    UnpairedList,
}
