using Shaoxing.Yearbook2020.Extractor.Figures;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Extractor.Tests.Figures;

public sealed class FigureLabelerTests
{
    [Theory]
    // The noun after the measure word, not the scope or the verb before the number.
    [InlineData("推进措施,全市292个涉爆车间完成常驻人员3人以下提升改造284个,其余8个均明确以推倒重建方式进行提升改造。", "292", "涉爆车间", "全市")] // line 257
    [InlineData("推进措施,全市292个涉爆车间完成常驻人员3人以下提升改造284个,其余8个均明确以推倒重建方式进行提升改造。", "8", "涉爆车间", null)] // 其余: the rest of the whole
    [InlineData("提供3.3万核CPU、13.1T内存、602T存储,为全市516套信息系统提供云计算服务。", "3.3", "CPU", null)] // line 132
    [InlineData("提供3.3万核CPU、13.1T内存、602T存储,为全市516套信息系统提供云计算服务。", "13.1", "内存", null)] // after 、
    [InlineData("提供3.3万核CPU、13.1T内存、602T存储,为全市516套信息系统提供云计算服务。", "516", "信息系统", "全市")]
    [InlineData("103个镇街、1446家重点单位、19332家小微企业配备消防安全\"明白人\"。", "1446", "重点单位", null)] // line 421
    [InlineData("舜江源省级自然保护区与周边3个乡镇11个行政村签订联防共建协议,", "3", "乡镇", null)] // line 301: two counts with no 、
    [InlineData("舜江源省级自然保护区与周边3个乡镇11个行政村签订联防共建协议,", "11", "行政村", null)]
    [InlineData("完成企业复工管理系统1.0版开发和测试,先后3次迭代升级。", "3", "迭代升级", null)] // line 152
    // Parentheses and lists: the noun keeps its parenthesis, the next item of the list is not part of it.
    [InlineData("至年末,全市按计划建成投用\"15分钟应急救援圈\"46个,覆盖84个乡镇(街道)、覆盖率81.6%;", "84", "乡镇(街道)", null)] // line 323
    [InlineData("至年末,全市按计划建成投用\"15分钟应急救援圈\"46个,覆盖84个乡镇(街道)、覆盖率81.6%;", "81.6", "覆盖率", null)]
    [InlineData("办理工作共涉及4个区、县(市)和42个政府部门。", "4", "区、县(市)", null)] // line 19
    [InlineData("全面巩固提升603项\"全城办\"事项(386项实现\"全市域通办\",217项实现\"三区通办\"),", "386", "实现全市域通办", null)] // line 449
    // 其中: a part takes its own noun; a district in a list is a scope and the part takes the whole's label.
    [InlineData("市级总平台已汇聚视频监控点位总计178116路,其中市本级53756路、越城区5443路。", "53756", "市级总平台已汇聚视频监控点位", "市本级")] // line 154
    [InlineData("市级总平台已汇聚视频监控点位总计178116路,其中市本级53756路、越城区5443路。", "5443", "市级总平台已汇聚视频监控点位", "越城区")]
    [InlineData("已受理比对花样版权登记申请数量4739个,其中涉嫌抄版207个,占比为4.37%。", "4.37", "涉嫌抄版占比", null)] // line 156: a share of the part before it
    [InlineData("设置\"双随机\"任务3846个,其中跨部门任务从61个提高至675个,", "675", "跨部门任务", null)] // line 121: 提高至 says nothing
    // 分别: the n-th number after it belongs to the n-th figure before it.
    [InlineData("全市发生生产安全事故59起、死亡47人,比2019年分别下降28.9%、37.3%;", "37.3", "死亡下降", null)] // line 230
    [InlineData("全市发生生产安全事故59起、死亡47人,比2019年分别下降28.9%、37.3%;", "59", "生产安全事故", "全市")]
    [InlineData("9月28日,新昌红十字户外救援队、绍兴九龙救援队在丽水市景宁县参加浙江省首届社会应急力量技能竞赛,分别获得团体第7名、第11名,", "11", "团体", null)] // line 311: ranks
    // Ranges, compounds and ranks.
    [InlineData("登记审批时间明显缩短,从15-30个工作日缩短到5-10个工作日。", "5", "登记审批时间", null)] // line 156: 明显缩短 says how it changed
    [InlineData("根据地下矿山、露天矿山、尾矿库风险特征,制定8项37条清单,", "8", "清单", null)] // line 263
    [InlineData("将应急储备物资从6个品种7234件增加到27个品种47269件,", "47269", "应急储备物资", null)] // line 313
    [InlineData("城市综合经济实力居全国第31位。", "31", "城市综合经济实力", "全国")] // line 5
    [InlineData("2020年,绍兴市出现35℃以上高温天气36天,", "36", "高温天气", null)] // line 299
    [InlineData("按照\"网络投票40%+代表票选60%\"原则,", "60", "代表票选", null)] // line 331: a weight inside quotes
    public void Parse_Label_IsWhatTheNumberCounts(string text, string value, string label, string? scope)
    {
        var figure = FigureParser.Parse(text).First(t => t.IsFigure && t.Value == value);

        figure.Label.Should().Be(label);
        figure.Scope.Should().Be(scope);
    }

    [Theory]
    // A count of people named by a list (… 等N人) counts the title they are given, never the names.
    [InlineData("经评选,李明、王芳、赵刚等3人被授予\"浙江省优秀志愿者\"称号,", "3", "浙江省优秀志愿者")] // like line 176
    [InlineData("在全市开展学习宣传活动,遴选出张小强等8人为2020年绍兴市\"最美消防员\"。", "8", "绍兴市最美消防员")] // like line 206
    [InlineData("按照\"网络投票40%+代表票选60%\"原则,陈小军等5人为2020绍兴\"最美护林员(巡护组)\",", "5", "绍兴最美护林员(巡护组)")] // like line 331
    [InlineData("年内表彰周建国等12人。", "12", "人员")] // no title: the people themselves
    // A ranking is labelled with what is ranked, not with its owner or the verb that wins it.
    [InlineData("在省政府对设区市政府2020年度平安建设考核中,绍兴市位列第三位。", "三", "省政府对设区市政府平安建设考核")] // like line 230
    [InlineData("市公安局在全市\"企业评部门、群众评行风\"活动中连续五年列第一位。", "一", "企业评部门、群众评行风活动")] // like line 385
    [InlineData("嵊州市蓝天救援队同时获得水上项目第2名。", "2", "水上项目")] // like line 311
    [InlineData("越城区、柯桥区、嵊州市代表团分获团体前三名。", "三", "团体")] // like line 425
    // An adjective or a bare predicate takes its noun from the clause it continues.
    [InlineData("造成房屋倒塌35间、受损90间(严重40间、一般50间),", "90", "房屋受损")] // like line 289
    [InlineData("造成房屋倒塌35间、受损90间(严重40间、一般50间),", "40", "严重受损房屋")]
    [InlineData("造成房屋倒塌35间、受损90间(严重40间、一般50间),", "50", "一般受损房屋")]
    [InlineData("全市政务服务事项实现\"一网通办\"1.2万项,实现率98%,", "98", "政务服务事项一网通办实现率")] // like line 136
    // Fragments: a list's verb, a trailing 等 or 平均 is not part of what is counted.
    [InlineData("市政府民生实事涉及老旧小区改造、加装电梯、美丽河湖建设等八方面,", "八", "市政府民生实事")] // like line 23
    [InlineData("调集橡皮艇等120艘、麻袋40万只。", "120", "调集橡皮艇")] // like line 287
    [InlineData("村(社区)可现场办事项平均65个,", "65", "村(社区)可现场办事项")] // like line 447
    [InlineData("提前组织做好防抗准备12.5万农户,", "12.5", "农户")] // like line 287
    [InlineData("办证时间大幅压缩,从20个工作日压缩到8个工作日。", "20", "办证时间")] // like line 156: how it changed is no part of what
    public void Parse_Label_NamesWhatIsCountedNotWhoOrWhose(string text, string value, string label)
    {
        var figure = FigureParser.Parse(text).First(t => t.IsFigure && t.Value == value);

        figure.Label.Should().Be(label);
    }

    [Theory]
    [InlineData("累计跟踪管理下发摸排指令48万余人。", "48", FigureQualifier.MoreThan)] // line 152
    [InlineData("疏散车辆500多辆、群众1730人次。", "500", FigureQualifier.MoreThan)] // line 381
    [InlineData("上线32个数据资源约1.4亿条数据,", "1.4", FigureQualifier.Approximate)] // line 130
    [InlineData("复工管理系统上线期间备案企业超6.9万家,", "6.9", FigureQualifier.MoreThan)] // line 152
    [InlineData("目前花样版权数据中心容量突破10万只,", "10", FigureQualifier.MoreThan)] // line 156
    [InlineData("社会各界开展网上祭扫点击量突破50万人次,", "50", FigureQualifier.MoreThan)] // line 196
    [InlineData("抽查车辆比例超过总数30%,", "30", FigureQualifier.MoreThan)] // line 261: the base between word and number
    [InlineData("明确每季度对危化品运输企业检查不少于1次;", "1", FigureQualifier.AtLeast)] // line 261
    [InlineData("\"掌上办事\"实现率97.7%以上;", "97.7", FigureQualifier.AtLeast)] // line 455
    [InlineData("开展10座(含)以上客车交通安全专项行动", "10", FigureQualifier.AtLeast)] // line 101
    [InlineData("组建50人以上市级综合森林火灾应急救援队伍3支,", "3", FigureQualifier.Exact)] // line 301: 以上 bounds 50, not 3
    [InlineData("组建50人以上市级综合森林火灾应急救援队伍3支,", "50", FigureQualifier.AtLeast)]
    [InlineData("完成常驻人员3人以下提升改造284个,", "3", FigureQualifier.AtMost)] // line 257
    [InlineData("柯桥区、诸暨市、上虞区代表团分获团体前三名。", "三", FigureQualifier.AtMost)] // line 425
    [InlineData("降水量仅10.6毫米,", "10.6", FigureQualifier.Exact)] // line 299: 仅 stresses, does not bound
    [InlineData("各分指挥中心接警大厅面积均达到60平方米,", "60", FigureQualifier.Exact)] // line 399
    [InlineData("访问次数近24.8万次,", "24.8", FigureQualifier.Approximate)]
    [InlineData("逾500人参加,", "500", FigureQualifier.MoreThan)]
    [InlineData("不到20家企业,", "20", FigureQualifier.LessThan)]
    [InlineData("不足5%的企业,", "5", FigureQualifier.LessThan)]
    [InlineData("在15个工作日以内办结,", "15", FigureQualifier.AtMost)]
    [InlineData("约谈训诫20家、整改隐患107处。", "20", FigureQualifier.Exact)] // line 261: 约谈 is a word, not 约
    public void Parse_Qualifier_FollowsTheWordsAroundTheNumber(string text, string value, FigureQualifier qualifier)
    {
        var figure = FigureParser.Parse(text).First(t => t.IsFigure && t.Value == value);

        figure.Qualifier.Should().Be(qualifier);
    }
}
