// A consumer of the Shaoxing.Yearbook2020 package, as a user writes one: a query over every record
// kind, the validators and the consistency check, each answer printed and checked. The same program
// runs under the JIT and as a trimmed Native AOT binary; check-packages.sh compares the two outputs.
using Shaoxing.Yearbook2020;

var failures = 0;
void Check(string what, object? actual, object? expected)
{
    var ok = Equals(actual, expected);
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what}: {actual}{(ok ? string.Empty : $" (expected {expected})")}");
    failures += ok ? 0 : 1;
}

var yearbook = Yearbook.Default;
Check("seed sha256", yearbook.Dataset.SeedSha256, "c14849de94bb772b69d9816948246980be2899a20fb16a2881f050eb731d4b90");
Check("sections", yearbook.Sections.Count, 6);
Check("inferred section title", yearbook.Sections[5].InferredTitle, "政务服务");
Check("entries", yearbook.Entries.Count, 93);
Check("entries mentioning 槽罐车", yearbook.Entries.Search("槽罐车").Length > 0, true);
Check("first caption credit", yearbook.Captions[0].Credit, "市医保局");
Check("表7 rows", yearbook.Tables.Find("table-7")?.Rows.Length, 23);
Check("corrections with a reason", yearbook.Corrections.All(c => c.Reason.Length > 0), true);
Check("quote of line 3", Yearbook.Quote(3, 3), "综述");
Check("meetings", yearbook.Meetings.Count, 24);
Check("meetings in July", yearbook.Meetings.InMonth(7).Length, 4);
Check("meeting 82 duplicated clause flagged", yearbook.Meetings.FindByNumber(82)!.AgendaItems.Count(i => i.DuplicateOf is not null), 1);
Check("agency by short name", yearbook.Agencies.FindByName("市发改委")?.Name, "绍兴市发展和改革委员会");
Check("listed municipal bodies", yearbook.Agencies.Listed().Length, 32);
Check("transport bureau head on 2020-02-27", yearbook.People.HolderOn("局长", "市交通运输局", new DateOnly(2020, 2, 27))?.Name, "杨建根");
Check("incident 8·2 deaths", yearbook.SafetyIncidents.FindByCode("8·2")?.Deaths, 2);
Check("表6 total accidents", yearbook.DistrictSafetyStatistics.Total?.TotalAccidents, 59);
Check("表7 people", yearbook.Honours.WithTitleContaining("最美应急人").Count(h => h.RecipientKind == Shaoxing.Yearbook2020.Model.RecipientKind.Person), 20);
Check("exam pass rate figure", yearbook.Figures.InEntry("s5-e11").Any(f => f.Quote.Contains("80.88%")), true);
Check("consistency rules", yearbook.ConsistencyRules.Count >= 40, true);
var consistency = yearbook.CheckConsistency();
Check("rules with an unexpected outcome", consistency.Unexpected.Length, 0);
Check("rules that fail as the source does", consistency.Failing.Length > 0, true);
Check("validation issues", yearbook.Validate().Issues.Length, 0);

Console.WriteLine(failures == 0 ? "consumer: all answers as expected" : $"consumer: {failures} answers differ");
return failures == 0 ? 0 : 1;
