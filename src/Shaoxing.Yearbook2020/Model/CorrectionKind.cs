using System.Text.Json.Serialization;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>What a <see cref="Correction"/> does to the seed text.</summary>
/// <remarks>Values are pinned: regeneration never renumbers them.</remarks>
public enum CorrectionKind
{
    /// <summary>Replaces <see cref="Correction.Original"/> with <see cref="Correction.Corrected"/> on one line.</summary>
    [JsonStringEnumMemberName("replace")]
    Replace = 0,

    /// <summary>Takes a whole line out of the text (page furniture such as a running head).</summary>
    [JsonStringEnumMemberName("remove-line")]
    RemoveLine = 1,

    /// <summary>Moves a paragraph printed out of reading order to the end of the entry it belongs to.</summary>
    [JsonStringEnumMemberName("move")]
    Move = 2,

    /// <summary>Starts a section whose heading is missing from the text, with an inferred title.</summary>
    [JsonStringEnumMemberName("infer-section")]
    InferSection = 3,
}
