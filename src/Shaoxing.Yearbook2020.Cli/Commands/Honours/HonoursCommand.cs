using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Model;
using Spectre.Console;

namespace Shaoxing.Yearbook2020.Cli.Commands;

/// <summary><c>honours</c>: the honours, titles, prizes and rankings, filtered by recipient, level, title, nominator and date.</summary>
internal static class HonoursCommand
{
    /// <summary>How many honours a terminal shows when <c>--limit</c> is not given: about one screen.</summary>
    public const int TerminalLimit = 25;

    public static Command Create(DataOption data, JsonOption json, LanguageOption lang, TextWriter output, TextWriter error)
    {
        var recipient = new Option<string?>("--recipient") { Description = "Everything this person or unit received (展才华, 绍兴市)." };
        var level = new Option<string?>("--level") { Description = "Only this level: " + KebabNames.All<HonourLevel>() + "." };
        var title = new Option<string?>("--title") { Description = "Only honours whose title contains this text." };
        var nominator = new Option<string?>("--nominator") { Description = "Only honours nominated by this unit (表7 推荐单位)." };
        var date = new Option<string?>("--date") { Description = "Only honours conferred on this day (yyyy-MM-dd)." };
        var limit = new Option<int?>("--limit")
        {
            Description = $"Show at most this many honours (default: {TerminalLimit} on a terminal, all when the output is a file, a pipe or --json).",
        };
        var command = new Command("honours", "List the honours, titles, prizes, rankings and commendations (表7 included).")
        {
            recipient, level, title, nominator, date, limit,
        };
        command.SetAction(parsed =>
        {
            var most = parsed.GetValue(limit);
            if (most < 1)
            {
                return ErrorOutput.BadArguments(error, $"--limit must be at least 1, not {most}.");
            }

            var yearbook = data.YearbookFor(parsed);
            var honours = yearbook.Honours;
            IEnumerable<Honour> found = honours;
            foreach (var (option, query) in new (Option<string?>, Func<string, ImmutableArray<Honour>>)[]
            {
                (recipient, honours.ReceivedBy), (title, honours.WithTitleContaining), (nominator, honours.NominatedBy),
            })
            {
                var text = parsed.GetValue(option);
                if (text is null)
                {
                    continue;
                }

                if (string.IsNullOrWhiteSpace(text))
                {
                    return ErrorOutput.BadArguments(error, $"{option.Name} is empty; give the text to look for.");
                }

                found = found.Intersect(query(text));
            }

            var levelText = parsed.GetValue(level);
            if (levelText is not null)
            {
                if (!KebabNames.TryParse<HonourLevel>(levelText, out var wanted))
                {
                    return ErrorOutput.BadArguments(error, $"--level '{levelText}' is not a level; use one of {KebabNames.All<HonourLevel>()}.");
                }

                found = found.Intersect(honours.AtLevel(wanted));
            }

            var dateText = parsed.GetValue(date);
            if (dateText is not null)
            {
                if (!DateOption.TryParse(dateText, out var day))
                {
                    return ErrorOutput.BadArguments(error, DateOption.NotADate("--date", dateText));
                }

                found = found.Intersect(honours.OnDate(day));
            }

            var all = found.ToImmutableArray();
            if (json.IsSet(parsed))
            {
                JsonAnswer.WriteRecords(output, yearbook, all.Take(most ?? all.Length), writer => writer.WriteNumber("total", all.Length));
                return ExitCodes.Success;
            }

            most ??= TerminalSize.Of(output).IsTerminal ? TerminalLimit : all.Length;
            var console = ConsoleFactory.For(output);
            Render([.. all.Take(most.Value)], all.Length, console, new LocalizedText(yearbook, lang.For(parsed)));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(ImmutableArray<Honour> honours, int total, IAnsiConsole console, LocalizedText words)
    {
        if (honours.IsEmpty)
        {
            console.WriteWrapped("No honour matches.");
            return;
        }

        var table = new RecordTable(honours.Length == total ? Counted.Of(total, "honour", "honours") : $"{honours.Length} of {Counted.Of(total, "honour", "honours")}")
            .AddColumns("Id", "Title", "Level", "Recipient", "Rank", "Work unit", "Nominator", "Group", "Date", "Seed line")
            .KeepWhole(0, 2, 8, 9)
            .DropFirst(7, 6, 4, 9, 5);
        foreach (var h in honours)
        {
            var who = words.Linked(h.Recipient, h.RecipientId) ?? $"{h.CohortSize} unnamed";
            if (h.IsProposal)
            {
                who += " (proposed)";
            }

            table.AddRow(
                h.Id,
                words.Text(h.Title, h.EnglishTitle),
                KebabNames.Of(h.Level),
                who,
                words.Optional(h.Rank, h.EnglishRank) ?? "-",
                words.Linked(h.Affiliation, h.AffiliationId) ?? "-",
                words.Linked(h.Nominator, h.NominatorId) ?? "-",
                words.Optional(h.Group, h.EnglishGroup) ?? "-",
                DateOption.Text(h.Date),
                h.Source.Line.ToString(CultureInfo.InvariantCulture));
        }

        table.Write(console);
        if (honours.Length < total)
        {
            console.WriteWrapped(string.Create(CultureInfo.InvariantCulture, $"Showing {honours.Length} of {total}; pass --limit {total} to see them all, or narrow with --level, --title or --nominator."));
        }
    }
}
