using Scoring.GrainInterfaces;
using Scoring.Grains.Rules;
using Spectre.Console;

namespace Scoring.Silo.Commands;

/// <summary>Prints a unit's roll-up: counts and shares per kind and level, then its members.</summary>
internal static class SummaryTable
{
    public static void Write(IAnsiConsole console, UnitSummary root)
    {
        // Organizations' levels in the year's own codes (TSVM and YK in 2014–2017); members keep the 2018 codes.
        var names = RuleSets.ForYear(root.Year).Names;
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"[bold]{Markup.Escape(root.Name)}[/] ({Markup.Escape(root.Unit.Value)}), {root.Year}");
        table.AddColumn("Kind");
        table.AddColumn(new TableColumn("Units").RightAligned());
        foreach (var level in LevelCodes.Rated)
        {
            table.AddColumn(new TableColumn(names.Code(level)).RightAligned());
        }

        table.AddColumn(new TableColumn("Not rated").RightAligned());
        table.AddColumn(new TableColumn("Pending").RightAligned());
        table.AddColumn(new TableColumn("HTTNV+").RightAligned());
        table.AddColumn(new TableColumn("HTTNV+ share").RightAligned());

        foreach (var kind in UnitKindCodes.ReportedIn(root.Subtree))
        {
            // Every kind, even one the tree lacks, so that tables of different trees line up.
            var tally = root.Subtree.Of(kind);
            table.AddRow(
                [kind.ToCode(), N(tally.Total), .. LevelCodes.Rated.Select(l => N(tally.Count(l))),
                    N(tally.NotRated), N(tally.Pending), N(tally.HttnvPlus), Share(tally.HttnvPlus, tally.Rated)]);
        }

        var m = root.Members;
        table.AddRow(
            "members", N(m.Total), N(m.Htxsnv), N(m.Httnv), N(m.Htnv), N(m.Khtnv), N(m.NotRated), "–", N(m.HttnvPlus),
            Share(m.HttnvPlus, m.Rated));
        console.Write(table);
        console.MarkupLine(
            $"Members disciplined: {N(m.Disciplined)}. Shares are of rated units; " +
            (names == LevelNames.R2014
                ? "HTTNV+ is TSVM and HTTNV; members keep their own levels, HTXSNV and KHTNV in the TSVM and YK columns; \"clean and strong\" is the TSVM count."
                : "\"clean and strong\" from 2018 is HTTNV+ (derived)."));
        var pending = root.Subtree.AllKinds.Pending;
        if (pending > 0)
        {
            console.MarkupLine(
                $"[yellow]{N(pending)} units below {Markup.Escape(root.Unit.Value)} have no level yet (PENDING): no assessment has reached them, and they are left out of every share.[/]");
        }

        console.MarkupLine($"[bold]{Markup.Escape(root.Unit.Value)}[/] is [bold]{names.Code(root.Level)}[/]:");
        foreach (var reason in root.Reasons)
        {
            console.MarkupLine($"  {Markup.Escape(reason.Code)}: {Markup.Escape(reason.Sentence)}");
        }
    }

    private static string N(int value) => value.ToString("N0");

    private static string Share(int part, int whole) => whole == 0 ? "–" : $"{100.0 * part / whole:0.0}%";
}
