using System.Text.Json.Serialization;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>What a person does, or is, in a record that names them.</summary>
/// <remarks>Values are pinned: regeneration never renumbers them.</remarks>
public enum AppearanceKind
{
    /// <summary>Reported on an agenda item of a meeting (听取…汇报).</summary>
    [JsonStringEnumMemberName("presented")]
    Presented = 0,

    /// <summary>Chaired a meeting (主持).</summary>
    [JsonStringEnumMemberName("chaired")]
    Chaired = 1,

    /// <summary>Attended a meeting (参加, 出席) without a speaking part the text reports.</summary>
    [JsonStringEnumMemberName("attended")]
    Attended = 2,

    /// <summary>Spoke at a meeting or event (讲话, 致辞, 作交流发言).</summary>
    [JsonStringEnumMemberName("spoke")]
    Spoke = 3,

    /// <summary>Whose speech or instructions a record passes on or carries out (…讲话精神, 指示精神 relayed at a meeting or studied).</summary>
    [JsonStringEnumMemberName("relayed")]
    Relayed = 4,

    /// <summary>Explained a law at a collective law-study session (集体学法).</summary>
    [JsonStringEnumMemberName("lectured")]
    Lectured = 5,

    /// <summary>Received an honour, title, prize or commendation.</summary>
    [JsonStringEnumMemberName("honoured")]
    Honoured = 6,

    /// <summary>Proposed for an honour or commendation (建议给…记功 at an executive meeting) that the text does not
    /// report as conferred.</summary>
    [JsonStringEnumMemberName("proposed")]
    Proposed = 7,

    /// <summary>Elected to a post (当选: 何旭斌 as the first president of the nitration branch, line 369).</summary>
    [JsonStringEnumMemberName("elected")]
    Elected = 8,

    /// <summary>Hired or to be hired for a post (引进聘用…为…: 陈刚 as head coach of the city's badminton team, line 43), or
    /// to be brought in (引进…教练员谢赛克: a table tennis coach, line 75).</summary>
    [JsonStringEnumMemberName("hired")]
    Hired = 9,
}
