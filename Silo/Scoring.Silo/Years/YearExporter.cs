using System.Text.Json;
using Scoring.GrainInterfaces;
using Scoring.Grains;
using Scoring.Grains.Rules;
using Scoring.Silo.Storage;

namespace Scoring.Silo.Years;

/// <summary>Writes a year as its grains last persisted it, as JSON Lines, one unit per line, top of the tree first.</summary>
public sealed class YearExporter(IScoringStore store)
{
    public async Task<int> ExportAsync(int year, TextWriter output, CancellationToken cancellationToken)
    {
        var snapshot = await store.ReadYearAsync(year, cancellationToken);
        if (snapshot.Organizations.Count == 0)
        {
            return 0;
        }

        var rules = RuleSets.ForYear(year);
        // R2014 years write their own codes (TSVM, YK); later years write the options every export always had.
        var json = ScoringJson.For(rules.Names);
        var lines = 0;
        foreach (var state in snapshot.States.OrderBy(s => s.Depth).ThenBy(s => s.Unit.Value, StringComparer.Ordinal))
        {
            var line = ExportLine.From(RollUp.Summarize(state, rules));
            await output.WriteLineAsync(JsonSerializer.Serialize(line, json).AsMemory(), cancellationToken);
            lines++;
        }

        await output.FlushAsync(cancellationToken);
        return lines;
    }
}
