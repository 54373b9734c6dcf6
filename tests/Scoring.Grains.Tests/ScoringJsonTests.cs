using System.Text.Json;
using Scoring.GrainInterfaces;
using Scoring.Grains.Tests.Rules;
using static Scoring.Grains.Tests.Trees;

namespace Scoring.Grains.Tests;

/// <summary>Grain state and mail are stored as JSON with <see cref="ScoringJson.Stored"/> and exported with <see cref="ScoringJson.Options"/>; nothing may be lost.</summary>
public sealed class ScoringJsonTests
{
    private static OrganizationState StateWithChildren() => State(
        "G1",
        UnitKind.Grassroots,
        "U1",
        2025,
        depth: 2,
        Report("C1", UnitKind.Cell, 3, Level.Htxsnv, 92.5m, KindTallies.Empty, Members(htxsnv: 2, httnv: 1, notRated: 1)),
        Report("P1", UnitKind.Partial, 1, Level.NotRated, null, Tallies((UnitKind.Cell, Level.Httnv, 2), (UnitKind.Cell, Level.Pending, 1)), MemberTally.Empty),
        Placeholder("P2", UnitKind.Partial, Tallies((UnitKind.Cell, Level.Pending, 3))))
        with
        {
            Name = "Đảng bộ phường Hoàn Kiếm",
            Version = 7,
            Assessment = Assessments.ExcellentR2025() with { Score = null, CommonScore = 28.5m, TaskScore = 65m },
            Members = Members(httnv: 1, disciplined: 0),
        };

    private static GrainMessage Message(string type) => type switch
    {
        "assessment 2024" => new AssessmentSubmitted(Assessments.Grades(Grade.XS, Grade.T, Grade.TB, Grade.K) with { AffiliatesDisciplined = 1 }),
        "assessment 2025" => new AssessmentSubmitted(Assessments.TasksR2025(87.25m, total: 12, exceeded: 3, late: 1)),
        "not rated" => new AssessmentSubmitted(new Assessment { NotRated = true }),
        "members" => new MembersSubmitted(Members(htxsnv: 1, httnv: 2, htnv: 3, khtnv: 4, notRated: 5, disciplined: 4)),
        "child report" => new ChildReported(Report(
            "C-01", UnitKind.Cell, 12, Level.Khtnv, 49.5m, KindTallies.Empty, Members(khtnv: 3, disciplined: 3))),
        "child subtree report" => new ChildReported(Report(
            "G-01", UnitKind.Grassroots, 2, Level.Pending, null,
            Tallies((UnitKind.Partial, Level.Htnv, 1), (UnitKind.Cell, Level.NotRated, 2), (UnitKind.Cell, Level.Htxsnv, 4)),
            Members(htxsnv: 10, notRated: 1))),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_state_with_children_round_trips(bool stored)
    {
        var state = StateWithChildren();

        var json = JsonSerializer.Serialize(state, OptionsFor(stored));
        var back = JsonSerializer.Deserialize<OrganizationState>(json, OptionsFor(stored));

        Assert.NotNull(back);
        Assert.Equal(state.Children, back.Children);
        Assert.Equal(state, back with { Children = state.Children });
        Assert.Equal(json, JsonSerializer.Serialize(back, OptionsFor(stored)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_root_state_with_no_parent_and_no_inputs_round_trips(bool stored)
    {
        var state = YearTree.Build(2024, SampleYear.For(2024).Units).Single(s => s.Parent is null);

        var json = JsonSerializer.Serialize(state, OptionsFor(stored));
        var back = JsonSerializer.Deserialize<OrganizationState>(json, OptionsFor(stored));

        Assert.NotNull(back);
        Assert.Null(back.Parent);
        Assert.Null(back.Assessment);
        Assert.Null(back.Members);
        Assert.Equal(state.Children, back.Children);
        Assert.Equal(state, back with { Children = state.Children });
    }

    [Fact]
    public void A_state_is_written_with_the_domain_s_codes()
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(StateWithChildren(), ScoringJson.Options));
        var root = json.RootElement;
        var child = root.GetProperty("children")[0];

        Assert.Equal("G1", root.GetProperty("unit").GetString());
        Assert.Equal("U1", root.GetProperty("parent").GetString());
        Assert.Equal("grassroots", root.GetProperty("kind").GetString());
        Assert.Equal("C1", child.GetProperty("child").GetString());
        Assert.Equal("cell", child.GetProperty("kind").GetString());
        Assert.Equal("HTXSNV", child.GetProperty("level").GetString());
        Assert.Equal(2, child.GetProperty("members").GetProperty("HTXSNV").GetInt32());
        Assert.Equal(3, root.GetProperty("children")[2].GetProperty("subtree").GetProperty("cell").GetProperty("PENDING").GetInt32());
    }

    [Theory]
    [InlineData("assessment 2024", false)]
    [InlineData("assessment 2025", false)]
    [InlineData("not rated", false)]
    [InlineData("members", false)]
    [InlineData("child report", false)]
    [InlineData("child subtree report", false)]
    [InlineData("assessment 2024", true)]
    [InlineData("assessment 2025", true)]
    [InlineData("not rated", true)]
    [InlineData("members", true)]
    [InlineData("child report", true)]
    [InlineData("child subtree report", true)]
    public void Every_kind_of_mail_round_trips_through_the_message_base_type(string type, bool stored)
    {
        var message = Message(type);

        var json = JsonSerializer.Serialize(message, OptionsFor(stored));
        var back = JsonSerializer.Deserialize<GrainMessage>(json, OptionsFor(stored));

        Assert.NotNull(back);
        Assert.Equal(message.GetType(), back.GetType());
        Assert.Equal(message, back);
        Assert.Equal(json, JsonSerializer.Serialize(back, OptionsFor(stored)));
    }

    [Theory]
    [InlineData("assessment 2025", "assessment")]
    [InlineData("members", "members")]
    [InlineData("child report", "child-report")]
    public void Mail_names_its_type_first(string type, string discriminator)
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(Message(type), ScoringJson.Options));

        var first = json.RootElement.EnumerateObject().First();
        Assert.Equal(("type", discriminator), (first.Name, first.Value.GetString()));
    }

    [Fact]
    public void Grades_and_levels_are_written_as_their_codes_in_mail()
    {
        var assessment = JsonSerializer.Serialize(Message("assessment 2024"), ScoringJson.Options);
        var report = JsonSerializer.Serialize(Message("child report"), ScoringJson.Options);

        Assert.Contains("\"politics\":\"XS\"", assessment, StringComparison.Ordinal);
        Assert.Contains("\"oversight\":\"K\"", assessment, StringComparison.Ordinal);
        Assert.Contains("\"level\":\"KHTNV\"", report, StringComparison.Ordinal);
        Assert.Contains("\"child\":\"C-01\"", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_message_read_back_drives_the_grain_exactly_as_the_original()
    {
        var grain = new OrganizationTurn(Scoring.Grains.Rules.RuleSets.R2025);
        var state = Cell(2025);
        var message = Message("assessment 2025");
        var back = JsonSerializer.Deserialize<GrainMessage>(JsonSerializer.Serialize(message, ScoringJson.Options), ScoringJson.Options)!;

        var original = grain.Turn(state, [message]);
        var replayed = grain.Turn(state, [back]);

        Assert.True(original.Summary.HasSameFiguresAs(replayed.Summary));
        Assert.Equal(original.ReportToParent, replayed.ReportToParent);
    }

    [Fact]
    public void The_stored_shape_leaves_zeros_out()
    {
        var json = JsonSerializer.Serialize(LevelTally.Empty.Add(Level.Httnv, 2), ScoringJson.Stored);

        Assert.Equal("""{"HTTNV":2}""", json);
    }

    // The store writes the compact shape; exports and files the full one. Both must lose nothing.
    private static JsonSerializerOptions OptionsFor(bool stored) => stored ? ScoringJson.Stored : ScoringJson.Options;
}
