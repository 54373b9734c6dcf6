using Scoring.GrainInterfaces;
using Scoring.Seeds;

namespace Scoring.Silo.Tests;

/// <summary>The committed sample, run year by year through the import and the runtime into one store.</summary>
public sealed class SampleSeedTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_sample_year_runs_to_the_levels_the_generator_planned_and_reconciles()
    {
        await using var silo = await SiloHarness.StartAsync();
        var years = Enumerable.Range(2019, 6).ToArray();
        foreach (var year in years)
        {
            var outcome = await silo.ImportAsync(Path.Combine(RepositoryRoot(), "seeds", "sample", year.ToString()), year);
            Assert.True(outcome.Succeeded, string.Join(Environment.NewLine, outcome.Errors));
        }


        foreach (var year in years)
        {
            var planned = SeedGenerator.Generate(2026, SeedScale.Sample, year).Assessments;
            foreach (var row in planned)
            {
                Assert.Equal((row.Unit, year, row.ExpectedLevel), (row.Unit, year, (await silo.SummaryAsync(year, row.Unit.Value)).Level));
            }

            var report = await silo.Reconciler.ReconcileAsync(year, Cancel);
            Assert.True(report!.Holds, $"{year}: {report.FirstMismatch} {report.Difference}");
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Scoring.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository.");
    }
}
