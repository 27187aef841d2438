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
// Record kinds added by later issues: checked below this line.
Check("exam pass rate figure", yearbook.Figures.InEntry("s5-e11").Any(f => f.Quote.Contains("80.88%")), true);
Check("consistency rules", yearbook.ConsistencyRules.Count >= 40, true);
var consistency = yearbook.CheckConsistency();
Check("rules with an unexpected outcome", consistency.Unexpected.Length, 0);
Check("rules that fail as the source does", consistency.Failing.Length > 0, true);
Check("validation issues", yearbook.Validate().Issues.Length, 0);

Console.WriteLine(failures == 0 ? "consumer: all answers as expected" : $"consumer: {failures} answers differ");
return failures == 0 ? 0 : 1;
