namespace Scoring.Gateway.Tests;

/// <summary>
/// The Gateway of <see cref="GatewayFixture"/> with the sample year imported again with targets for the city: its
/// members HTTNV+ (34 of 41 rated, 82.93%, more than 70: met) and its grassroots organizations clean and strong (2 of
/// 3 rated, 66.67%, not 90 or more: not met).
/// </summary>
public sealed class TargetsGatewayFixture : GatewayFixture, IAsyncLifetime
{
    public const string Targets = """
        program,code,applies_to,indicator,comparator,value,from_year,to_year
        01-CTr/TU,DV70,city,members_httnv_plus_share,>,70,2021,2025
        01-CTr/TU,CS90,city,grassroots_clean_strong_share,>=,90,2024,
        """;

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        var folder = SampleYear.Write(Folder("targets"), SampleYear.Assessments);
        await File.WriteAllTextAsync(Path.Combine(folder, "targets.csv"), Targets + "\n", TestContext.Current.CancellationToken);
        await ImportAsync(folder, SampleYear.Year, TestContext.Current.CancellationToken);
    }
}
