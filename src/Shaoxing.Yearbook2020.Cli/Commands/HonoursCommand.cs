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
    public static Command Create(DataOption data, JsonOption json, TextWriter output, TextWriter error)
    {
        var recipient = new Option<string?>("--recipient") { Description = "Everything this person or unit received (展才华, 绍兴市)." };
        var level = new Option<string?>("--level") { Description = "Only this level: " + KebabNames.All<HonourLevel>() + "." };
        var title = new Option<string?>("--title") { Description = "Only honours whose title contains this text." };
        var nominator = new Option<string?>("--nominator") { Description = "Only honours nominated by this unit (表7 推荐单位)." };
        var date = new Option<string?>("--date") { Description = "Only honours conferred on this day (yyyy-MM-dd)." };
        var command = new Command("honours", "List the honours, titles, prizes, rankings and commendations (表7 included).")
        {
            recipient, level, title, nominator, date,
        };
        command.SetAction(parsed =>
        {
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

            if (json.IsSet(parsed))
            {
                JsonAnswer.WriteRecords(output, yearbook, found);
                return ExitCodes.Success;
            }

            Render([.. found], ConsoleFactory.For(output));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(ImmutableArray<Honour> honours, IAnsiConsole console)
    {
        if (honours.IsEmpty)
        {
            console.WriteLine("No honour matches.");
            return;
        }

        var table = new Table()
            .Title(Markup.Escape(Counted.Of(honours.Length, "honour", "honours")))
            .AddColumns("Id", "Title", "Level", "Recipient", "Rank", "Work unit", "Nominator", "Group", "Date", "Seed line");
        foreach (var h in honours)
        {
            var who = h.Recipient ?? $"{h.CohortSize} unnamed";
            if (h.IsProposal)
            {
                who += " (proposed)";
            }

            table.AddRow(
                h.Id,
                Markup.Escape(h.Title),
                KebabNames.Of(h.Level),
                Markup.Escape(who),
                Markup.Escape(h.Rank ?? "-"),
                Markup.Escape(h.Affiliation ?? "-"),
                Markup.Escape(h.Nominator ?? "-"),
                Markup.Escape(h.Group ?? "-"),
                DateOption.Text(h.Date),
                h.Source.Line.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
    }
}
