#!/usr/bin/env dotnet
#:package Shaoxing.Yearbook2020@*-*
// A walk through every record kind of Shaoxing.Yearbook2020, as a C# file-based app (`dotnet run
// walkthrough.cs`): the successor of .NET Interactive notebooks for C# exploration. CI runs it against
// the package packed into a local feed (check-packages.sh supplies the feed through a nuget.config).
using Shaoxing.Yearbook2020;

var yearbook = Yearbook.Default;
Console.WriteLine($"{yearbook.Dataset.Title}: seed {yearbook.Dataset.SeedSha256[..12]}…");

// Sections and entries: the text layer.
foreach (var section in yearbook.Sections)
{
    Console.WriteLine($"{section.Id} {section.Title ?? section.InferredTitle + " (inferred)"}: {section.EntryIds.Length} entries");
}

var hit = yearbook.Entries.Search("爆燃")[0];
Console.WriteLine($"search 爆燃 → {hit.Entry.Heading} (seed line {hit.SeedLine})");

// Captions, tables and the corrections made to the OCR text.
Console.WriteLine($"{yearbook.Captions.Count} captions; 表7 has {yearbook.Tables.Find("table-7")!.Rows.Length} rows");
Console.WriteLine($"{yearbook.Corrections.Count} corrections, e.g. line {yearbook.Corrections[0].Line}: {yearbook.Corrections[0].Original} → {yearbook.Corrections[0].Corrected}");

// Meetings, agencies and people: what the government discussed in July, and who headed what when.
foreach (var meeting in yearbook.Meetings.InMonth(7))
{
    Console.WriteLine($"{meeting.Date} {meeting.Id}: {meeting.AgendaItems.Length} agenda items");
}

Console.WriteLine($"市发改委 = {yearbook.Agencies.FindByName("市发改委")!.Name} ({yearbook.Agencies.FindByName("市发改委")!.EnglishName})");
Console.WriteLine($"transport bureau head on 2020-02-27: {yearbook.People.HolderOn("局长", "市交通运输局", new DateOnly(2020, 2, 27))?.Name}");

// Safety incidents, 表6 and honours.
var deflagration = yearbook.SafetyIncidents.FindByCode("8·2")!;
Console.WriteLine($"{deflagration.Name}: {deflagration.Date} {deflagration.Time}, {deflagration.Deaths} dead, {deflagration.Injured} injured");
Console.WriteLine($"表6 total: {yearbook.DistrictSafetyStatistics.Total!.TotalAccidents} accidents, {yearbook.DistrictSafetyStatistics.Total!.TotalDeaths} deaths");
Console.WriteLine($"honours received by 展才华: {string.Join("; ", yearbook.Honours.ReceivedBy("展才华").Select(h => h.Title))}");

// Figures and the consistency rules among them: which sums and rates hold in the source, and which do not.
var exam = yearbook.Figures.InEntry("s5-e11");
Console.WriteLine($"安全生产考试: {string.Join(", ", exam.Select(f => f.Quote))}");
var consistency = yearbook.CheckConsistency();
Console.WriteLine($"{consistency.Results.Length} rules; failing as printed in the source: {consistency.Failing.Length}; unexpected: {consistency.Unexpected.Length}");
foreach (var failing in consistency.Failing)
{
    Console.WriteLine($"  {failing.Rule.Id}: {failing.Computation}");
}

var report = yearbook.Validate();
Console.WriteLine($"validation: {report.RecordsChecked} records, {report.Issues.Length} issues");
return report.IsValid ? 0 : 1;
