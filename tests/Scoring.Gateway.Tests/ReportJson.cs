using System.Text.Json;

namespace Scoring.Gateway.Tests;

/// <summary>Reads the API's JSON by name, so the tests do not depend on the Gateway's response records.</summary>
internal static class ReportJson
{
    public static int Int(this JsonElement element, string name) => element.GetProperty(name).GetInt32();

    public static string? Text(this JsonElement element, string name) => element.GetProperty(name).GetString();

    /// <summary>The level tally of one kind in a report's <c>subtree</c> or <c>direct</c> section.</summary>
    public static JsonElement Tally(this JsonElement report, string section, string kind) =>
        report.GetProperty(section).GetProperty(kind);

    /// <summary>The kinds a report's <c>subtree</c> or <c>direct</c> section lists, in order.</summary>
    public static string[] Kinds(this JsonElement report, string section) =>
        [.. report.GetProperty(section).EnumerateObject().Select(kind => kind.Name)];

    public static string[] ReasonCodes(this JsonElement report) =>
        [.. report.GetProperty("reasons").EnumerateArray().Select(reason => reason.Text("code") ?? "")];

    /// <summary>(total, pending, notRated, rated, HTXSNV, HTTNV, HTNV, KHTNV, HTTNV+) of a level tally.</summary>
    public static (int Total, int Pending, int NotRated, int Rated, int Htxsnv, int Httnv, int Htnv, int Khtnv, int HttnvPlus)
        Counts(this JsonElement tally) => (
            tally.Int("total"),
            tally.Int("pending"),
            tally.Int("notRated"),
            tally.Int("rated"),
            tally.Int("htxsnv"),
            tally.Int("httnv"),
            tally.Int("htnv"),
            tally.Int("khtnv"),
            tally.Int("httnvPlus"));

    /// <summary>(total, notRated, rated, HTXSNV, HTTNV, HTNV, KHTNV, HTTNV+, disciplined) of a report's members.</summary>
    public static (int Total, int NotRated, int Rated, int Htxsnv, int Httnv, int Htnv, int Khtnv, int HttnvPlus, int Disciplined)
        MemberCounts(this JsonElement report)
    {
        var members = report.GetProperty("members");
        return (
            members.Int("total"),
            members.Int("notRated"),
            members.Int("rated"),
            members.Int("htxsnv"),
            members.Int("httnv"),
            members.Int("htnv"),
            members.Int("khtnv"),
            members.Int("httnvPlus"),
            members.Int("disciplined"));
    }
}
