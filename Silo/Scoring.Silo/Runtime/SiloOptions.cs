using System.ComponentModel.DataAnnotations;

namespace Scoring.Silo.Runtime;

/// <summary>How a silo works its turn batches.</summary>
public sealed class SiloOptions
{
    public const string SectionName = "Silo";

    /// <summary>The most grains one batch claims and commits together.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>How long an idle worker waits before it looks for mail again.</summary>
    [Range(10, 60_000)]
    public int IdlePollMilliseconds { get; set; } = 250;
}
