using System.Text.Json;
using Scoring.GrainInterfaces;
using Scoring.Silo.Storage;

namespace Scoring.Silo.Years;

/// <summary>Writes a year's read model as JSON Lines, one unit per line, top of the tree first.</summary>
public sealed class YearExporter(IGrainStore store)
{
    public async Task<int> ExportAsync(int year, TextWriter output, CancellationToken cancellationToken)
    {
        var lines = 0;
        await foreach (var summary in store.ReadSummariesAsync(year, cancellationToken))
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(ExportLine.From(summary), ScoringJson.Options).AsMemory(), cancellationToken);
            lines++;
        }

        await output.FlushAsync(cancellationToken);
        return lines;
    }
}
