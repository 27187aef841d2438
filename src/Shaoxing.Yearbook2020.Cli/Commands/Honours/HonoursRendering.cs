using System.Collections.Immutable;
using System.Globalization;
using Shaoxing.Yearbook2020.Cli.Rendering;
using Shaoxing.Yearbook2020.Data;
using Shaoxing.Yearbook2020.Model;

namespace Shaoxing.Yearbook2020.Cli.Commands.Honours;

/// <summary>Writes what <c>honours</c> found, as a table (a screenful on a terminal) or JSON.</summary>
internal static class HonoursRendering
{
    public static int Write(Answer answer, HonoursSelection found)
    {
        var all = found.Honours;
        if (answer.IsJson)
        {
            JsonAnswer.WriteRecords(answer.Output, answer.Yearbook, all.Take(found.Options.Limit ?? all.Length), writer => writer.WriteNumber("total", all.Length));
            return ExitCodes.Success;
        }

        var most = found.Options.Limit ?? (answer.IsTerminal ? HonoursOptions.TerminalLimit : all.Length);
        WriteTable(answer, [.. all.Take(most)], all.Length);
        return ExitCodes.Success;
    }

    private static void WriteTable(Answer answer, ImmutableArray<Honour> honours, int total)
    {
        var console = answer.Console;
        if (honours.IsEmpty)
        {
            console.WriteWrapped("No honour matches.");
            return;
        }

        var words = answer.Words;
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
                JsonNames.Of(h.Level),
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
