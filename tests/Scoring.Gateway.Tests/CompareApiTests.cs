using System.Net;
using System.Text.Json;

namespace Scoring.Gateway.Tests;

/// <summary>
/// GET /api/v1/years/{year}/units/{id}?compare={year}: the same unit in another year, each count and share with the
/// other year's value and the difference. The years are the sample's 2024 (a city with districts) and
/// <see cref="NationalYear"/>'s 2025 (a nation; Hà Nội without districts).
/// </summary>
public sealed class CompareApiTests(TwoYearsFixture gateway) : IClassFixture<TwoYearsFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_unit_in_both_years_gives_the_other_year_s_counts_and_shares_and_the_differences()
    {
        var report = await gateway.GetJsonAsync("/api/v1/years/2025/units/HN?compare=2024", Cancel);
        var compare = report.GetProperty("compare");

        Assert.Equal((2024, true), (compare.Int("year"), compare.GetProperty("found").GetBoolean()));
        // Grassroots organizations: 2025 HTXSNV 1, HTTNV 2 of 3 rated; 2024 HTXSNV 2, HTNV 1 of 3 rated.
        var grassroots = compare.GetProperty("subtree").GetProperty("grassroots");
        Assert.Equal((2, 1), Count(grassroots, "httnvPlus"));
        Assert.Equal((2, -1), Count(grassroots, "htxsnv"));
        Assert.Equal((4, 0), Count(grassroots, "total"));
        Assert.Equal((0.6667, 33.33), Share(grassroots, "httnvPlusShare"));
        // 1 of 3 (0.3333) against 2 of 3 (0.6667): the difference of the shares the reports state.
        Assert.Equal((0.6667, -33.34), Share(grassroots, "htxsnvShareOfRated"));
        Assert.Equal((2, 1), Count(grassroots.GetProperty("cleanStrong"), "count"));
        Assert.Equal((0.6667, 33.33), Share(grassroots.GetProperty("cleanStrong"), "share"));
        // Members: 11 in 2025 (10 of 11 HTTNV+), 44 in 2024 (34 of 41 rated HTTNV+).
        var members = compare.GetProperty("members");
        Assert.Equal((44, -33), Count(members, "total"));
        Assert.Equal((0.8293, 7.98), Share(members, "httnvPlusShare"));
        // HTTNV both years; R2023 gives no score, so there is nothing to subtract.
        Assert.Equal(("HTTNV", 0), (compare.GetProperty("level").Text("other"), compare.GetProperty("level").Int("difference")));
        Assert.Equal(JsonValueKind.Null, compare.GetProperty("score").GetProperty("other").ValueKind);
        Assert.Equal(JsonValueKind.Null, compare.GetProperty("score").GetProperty("difference").ValueKind);
    }

    [Fact]
    public async Task Every_difference_is_this_year_s_figure_minus_the_other_year_s()
    {
        var report = await gateway.GetJsonAsync("/api/v1/years/2025/units/HN?compare=2024", Cancel);
        var other = await gateway.GetJsonAsync("/api/v1/years/2024/units/HN", Cancel);
        var compare = report.GetProperty("compare");

        Assert.Equal(other.GetProperty("version").GetInt64(), compare.GetProperty("version").GetInt64());
        foreach (var section in new[] { "subtree", "direct" })
        {
            foreach (var kind in report.Kinds(section))
            {
                AssertDifferences(report.Tally(section, kind), other.Tally(section, kind), compare.GetProperty(section).GetProperty(kind));
            }
        }

        AssertDifferences(report.GetProperty("members"), other.GetProperty("members"), compare.GetProperty("members"));
    }

    [Fact]
    public async Task Districts_that_one_year_no_longer_has_are_compared_with_zeros()
    {
        var report = await gateway.GetJsonAsync("/api/v1/years/2025/units/HN?compare=2024", Cancel);
        var upper = report.GetProperty("compare").GetProperty("subtree").GetProperty("upper");

        // 2024 had the districts Q1 and Q2, both HTTNV; 2025 has none, so it has no share to subtract from.
        Assert.Equal(["upper", "grassroots", "partial", "cell"], report.GetProperty("compare").Kinds("subtree"));
        Assert.Equal((2, -2), Count(upper, "total"));
        Assert.Equal((2, -2), Count(upper, "httnv"));
        Assert.Equal((1.0, null), Share(upper, "httnvPlusShare"));
        // The cells of 2024 are gone too.
        Assert.Equal((4, -4), Count(report.GetProperty("compare").GetProperty("subtree").GetProperty("cell"), "total"));
    }

    [Fact]
    public async Task Comparing_the_other_way_round_turns_every_difference_over()
    {
        var report = await gateway.GetJsonAsync("/api/v1/years/2024/units/HN?compare=2025", Cancel);
        var compare = report.GetProperty("compare");

        Assert.Equal(2025, compare.Int("year"));
        Assert.Equal((3, -1), Count(compare.GetProperty("subtree").GetProperty("grassroots"), "httnvPlus"));
        Assert.Equal((1.0, -33.33), Share(compare.GetProperty("subtree").GetProperty("grassroots"), "httnvPlusShare"));
        Assert.Equal((0, 2), Count(compare.GetProperty("subtree").GetProperty("upper"), "total"));
        Assert.Equal((11, 33), Count(compare.GetProperty("members"), "total"));
    }

    [Fact]
    public async Task Comparing_a_year_with_itself_gives_every_difference_as_zero()
    {
        var report = await gateway.GetJsonAsync("/api/v1/years/2025/units/HN?compare=2025", Cancel);
        var compare = report.GetProperty("compare");

        Assert.Equal(0m, compare.GetProperty("score").GetProperty("difference").GetDecimal());
        Assert.Equal(85m, compare.GetProperty("score").GetProperty("other").GetDecimal());
        var differences = Differences(compare).ToList();
        Assert.NotEmpty(differences);
        Assert.All(differences, difference => Assert.True(
            difference.Value.ValueKind == JsonValueKind.Null || difference.Value.GetDouble() == 0,
            $"{difference.Path} is {difference.Value}"));
    }

    [Fact]
    public async Task A_unit_the_other_year_does_not_have_is_reported_with_found_false()
    {
        var report = await gateway.GetJsonAsync("/api/v1/years/2024/units/Q1?compare=2025", Cancel);

        // The district itself is there; the 2025 tree has no districts.
        Assert.Equal(("Q1", "HTTNV"), (report.Text("unit"), report.Text("level")));
        Assert.Equal("""{"year":2025,"found":false}""", report.GetProperty("compare").GetRawText());
    }

    [Fact]
    public async Task A_nation_that_the_other_year_did_not_have_is_reported_with_found_false()
    {
        var report = await gateway.GetJsonAsync("/api/v1/years/2025/units/VN?compare=2024", Cancel);

        Assert.Equal(["city", "upper", "grassroots", "partial", "cell"], report.Kinds("subtree"));
        Assert.False(report.GetProperty("compare").GetProperty("found").GetBoolean());
    }

    [Fact]
    public async Task Without_compare_the_report_has_no_compare_section()
    {
        var report = await gateway.GetJsonAsync("/api/v1/years/2025/units/HN", Cancel);

        Assert.False(report.TryGetProperty("compare", out _));
    }

    [Fact]
    public async Task A_year_to_compare_with_that_was_never_imported_is_a_404_naming_compare()
    {
        using var response = await gateway.Client.GetAsync(new Uri("/api/v1/years/2024/units/HN?compare=2019", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(404, problem.RootElement.Int("status"));
        Assert.Equal("The year 2019 named by compare has not been imported. Years available: 2024, 2025.", problem.RootElement.Text("detail"));
    }

    [Fact]
    public async Task An_unknown_unit_is_a_404_for_the_unit_whatever_the_year_to_compare_with()
    {
        using var response = await gateway.Client.GetAsync(new Uri("/api/v1/years/2024/units/NOWHERE?compare=2025", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("Unknown unit", problem.RootElement.Text("title"));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("02024")]
    [InlineData("%2B2024")]
    [InlineData("%202024")]
    [InlineData("20245")]
    [InlineData("2024.0")]
    public async Task A_year_to_compare_with_that_is_not_four_plain_digits_is_a_validation_problem_keyed_compare(string compare)
    {
        using var response = await gateway.Client.GetAsync(new Uri($"/api/v1/years/2024/units/HN?compare={compare}", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(["compare"], problem.RootElement.GetProperty("errors").EnumerateObject().Select(error => error.Name));
    }

    private static (int Other, int Difference) Count(JsonElement figures, string name) =>
        (figures.GetProperty(name).Int("other"), figures.GetProperty(name).Int("difference"));

    private static (double? Other, double? Points) Share(JsonElement figures, string name)
    {
        var share = figures.GetProperty(name);
        return (Number(share.GetProperty("other")), Number(share.GetProperty("differencePoints")));
    }

    private static double? Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDouble();

    /// <summary>Checks each count (this − other) and share ((this − other) in points) of a tally or members section.</summary>
    private static void AssertDifferences(JsonElement mine, JsonElement other, JsonElement compared)
    {
        foreach (var figure in mine.EnumerateObject())
        {
            var theirs = other.GetProperty(figure.Name);
            var difference = compared.GetProperty(figure.Name);
            switch (figure.Value.ValueKind)
            {
                case JsonValueKind.Number when !figure.Name.EndsWith("Share", StringComparison.Ordinal) && !figure.Name.StartsWith("htxsnvShare", StringComparison.Ordinal):
                    Assert.Equal((theirs.GetInt32(), figure.Value.GetInt32() - theirs.GetInt32()), (difference.Int("other"), difference.Int("difference")));
                    break;
                case JsonValueKind.Number or JsonValueKind.Null:
                    var points = Number(figure.Value) is { } m && Number(theirs) is { } o ? Math.Round((m - o) * 100, 2) : (double?)null;
                    Assert.Equal((Number(theirs), points), (Number(difference.GetProperty("other")), Number(difference.GetProperty("differencePoints"))));
                    break;
                case JsonValueKind.Object:
                    Assert.Equal(theirs.Int("count"), difference.GetProperty("count").Int("other"));
                    Assert.Equal(figure.Value.Int("count") - theirs.Int("count"), difference.GetProperty("count").Int("difference"));
                    break;
            }
        }
    }

    /// <summary>Every "difference" and "differencePoints" in a comparison, with where it is.</summary>
    private static IEnumerable<(string Path, JsonElement Value)> Differences(JsonElement element, string path = "compare")
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var property in element.EnumerateObject())
        {
            var at = $"{path}.{property.Name}";
            if (property.Name is "difference" or "differencePoints")
            {
                yield return (at, property.Value);
            }

            foreach (var inner in Differences(property.Value, at))
            {
                yield return inner;
            }
        }
    }
}
