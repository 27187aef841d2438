using System.Text.Json.Serialization;

namespace Shaoxing.Yearbook2020.Model;

/// <summary>The kind of a body: knowledge from the curated file <c>seeds/agencies.json</c>, not from the text.</summary>
/// <remarks>Values are pinned: regeneration never renumbers them.</remarks>
public enum AgencyKind
{
    /// <summary>The general office of the municipal government (市政府办公室).</summary>
    [JsonStringEnumMemberName("general-office")]
    GeneralOffice = 0,

    /// <summary>One of the 31 working departments of the municipal government.</summary>
    [JsonStringEnumMemberName("working-department")]
    WorkingDepartment = 1,

    /// <summary>A body of the Communist Party's municipal committee (市委宣传部, 市委编办 …).</summary>
    [JsonStringEnumMemberName("party-organ")]
    PartyOrgan = 2,

    /// <summary>A leading group or committee that coordinates departments, or its office, of the city or of a district or
    /// county (市安委会, 市治水办, 市安委办, 柯桥区安委办 …).</summary>
    [JsonStringEnumMemberName("coordination-office")]
    CoordinationOffice = 3,

    /// <summary>A company owned by the municipal government (市轨道交通集团 …).</summary>
    [JsonStringEnumMemberName("state-owned-enterprise")]
    StateOwnedEnterprise = 4,

    /// <summary>A public institution or mass organisation of the city (市科协, 市供销总社 …).</summary>
    [JsonStringEnumMemberName("public-institution")]
    PublicInstitution = 5,

    /// <summary>The government of a district or a development zone (越城区政府, 滨海新区管委会 …).</summary>
    [JsonStringEnumMemberName("district-government")]
    DistrictGovernment = 6,

    /// <summary>A body outside the municipal administration (a centrally managed bureau, a provincial unit).</summary>
    [JsonStringEnumMemberName("external")]
    External = 7,

    /// <summary>The municipal people's government itself (绍兴市人民政府): mayor, vice-mayors, secretary-general.</summary>
    [JsonStringEnumMemberName("municipal-government")]
    MunicipalGovernment = 8,

    /// <summary>A ministry or other national body (应急管理部, 中国社会科学院, 中央退役军人事务工作领导小组 …).</summary>
    [JsonStringEnumMemberName("national-body")]
    NationalBody = 9,

    /// <summary>A body of Zhejiang province (浙江省人民政府, 浙江省应急管理厅, 浙江省消防救援总队 …).</summary>
    [JsonStringEnumMemberName("provincial-body")]
    ProvincialBody = 10,

    /// <summary>A company not owned by the municipal government, or a branch of one (浙江龙盛染料化工有限公司 …).</summary>
    [JsonStringEnumMemberName("company")]
    Company = 11,

    /// <summary>A voluntary association or social organisation (诸暨市蓝天救援志愿服务中心 …).</summary>
    [JsonStringEnumMemberName("association")]
    Association = 12,

    /// <summary>A rescue or fire team, or a delegation that competes as a team (绍兴九龙救援队, 柯桥区代表团 …).</summary>
    [JsonStringEnumMemberName("team")]
    Team = 13,

    /// <summary>The government of a town or subdistrict (诸暨市枫桥镇人民政府, 柯桥区柯岩街道办事处 …).</summary>
    [JsonStringEnumMemberName("town-government")]
    TownGovernment = 14,

    /// <summary>A unit of the national fire and rescue force (国家综合性消防救援队伍), which since 2018 answers to the
    /// Ministry of Emergency Management rather than to the city (浙江省消防救援总队, 绍兴市消防救援支队, 滨海新区消防大队).</summary>
    [JsonStringEnumMemberName("fire-and-rescue")]
    FireAndRescue = 15,

    /// <summary>A news outlet: a newspaper, a radio or television station, a news website (绍兴日报, 绍兴广播电台,
    /// 浙江电视台, 凤凰网).</summary>
    [JsonStringEnumMemberName("media")]
    Media = 16,

    /// <summary>A programme of a broadcaster, named where the text names media (绍兴新闻联播, the evening news of
    /// Shaoxing's television station).</summary>
    [JsonStringEnumMemberName("media-programme")]
    MediaProgramme = 17,
}
