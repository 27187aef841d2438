#!/usr/bin/env dotnet
#:package Shaoxing.Yearbook2020@*-*
// A walk through every record kind of Shaoxing.Yearbook2020, as a C# file-based app (`dotnet run
// walkthrough.cs`): the successor of .NET Interactive notebooks for C# exploration. CI runs it against
// the package packed into a local feed (check-packages.sh supplies the feed through a nuget.config).
// The README's tour is made of pieces of this file, copied exactly (a test in the library's test project
// checks that every C# block of the README appears here), so that every example of the README runs.
using Shaoxing.Yearbook2020;
using Shaoxing.Yearbook2020.Model;

var yearbook = Yearbook.Default;  // lazy: a file is read when its collection is first touched
Console.WriteLine($"{yearbook.Dataset.Title}: seed {yearbook.Dataset.SeedSha256[..12]}…");

// The text layer.
foreach (var section in yearbook.Sections)                        // the chapter's six sections
    Console.WriteLine($"{section.Id} {section.Title ?? section.InferredTitle} ({section.EntryIds.Length} entries)");
foreach (var hit in yearbook.Entries.Search("槽罐车"))              // the 93 entries' repaired text
    Console.WriteLine($"{hit.Entry.Heading}, seed line {hit.SeedLine}: {hit.Snippet}");
var contest = yearbook.Captions.Single(c => c.Date == new DateOnly(2020, 8, 11));
var table7 = yearbook.Tables.Find("table-7")!;                    // 表6 and 表7 as rows of cells
var fix = yearbook.Corrections[0];                                // each repair of the OCR, with its reason
Console.WriteLine($"{contest.Text}; 表7: {table7.Rows.Length} rows; line {fix.Line}: {fix.Original} → {fix.Corrected} ({fix.Reason})");

// What the text reports.
foreach (var meeting in yearbook.Meetings.InMonth(7))             // meetings and their agenda items
    Console.WriteLine($"{meeting.Date:yyyy-MM-dd} {meeting.Id}: {meeting.AgendaItems.Length} agenda items");
var ndrc = yearbook.Agencies.FindByName("发改委")!;                // 绍兴市发展和改革委员会
var head = yearbook.People.HolderOn("局长", "市交通运输局", new DateOnly(2020, 12, 16))!;
var lng = yearbook.SafetyIncidents.FindByCode("6·7")!;            // 22:18, 1 dead, 2 injured
var zhuji = yearbook.DistrictSafetyStatistics.ForArea("诸暨市")!;  // a 表6 row; .Total is the 合计 row
var national = yearbook.Honours.AtLevel(HonourLevel.National);
var fall = yearbook.Figures.Find("safety-2020-accidents-change")!; // 下降28.9% → -28.9
var keqiao = yearbook.Places.FindByName("柯桥")!;                  // 柯桥区, division code 330603
var rules = yearbook.ConsistencyRules;                            // sums, rates and restatements
Console.WriteLine(Yearbook.Quote(lng.Source));                    // the seed lines the record was read from
Console.WriteLine($"{ndrc.Name}; {head.Name}; {lng.Name}: {lng.Deaths} dead; 诸暨市 {zhuji.TotalDeaths} deaths; "
    + $"{national.Length} national honours; {fall.Quote} → {fall.NormalizedValue}; {keqiao.Name} {keqiao.DivisionCode}; {rules.Count} rules");

// Across kinds.
foreach (var group in yearbook.About("柯桥区").Groups)             // every record naming a body, person or place
    Console.WriteLine($"{group.Kind.Name}: {string.Join(", ", group.Matches.Select(m => m.Id))}");
foreach (var record in yearbook.Timeline.InMonth(8))              // dated records of every kind, in date order
    Console.WriteLine($"{record.Date:yyyy-MM-dd} {record.GetType().Name} {record.Id}");
var consistency = yearbook.CheckConsistency();                    // which sums and rates hold in the source
foreach (var failing in consistency.Failing)                      // the 11 that the source itself breaks
    Console.WriteLine($"{failing.Rule.Id}: {failing.Computation}");

// Validation: the FluentValidation rules over every record.
var report = yearbook.Validate();
Console.WriteLine($"validation: {report.RecordsChecked} records, {report.Issues.Length} issues; rules not as expected: {consistency.Unexpected.Length}");
return report.IsValid && consistency.Unexpected.IsEmpty ? 0 : 1;
