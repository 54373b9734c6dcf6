using System.Text.Json;
using Scoring.Silo.Commands;
using Spectre.Console;

namespace Scoring.Silo.Tests;

/// <summary>The silo's commands as an operator runs them, each against its own store file.</summary>
[Collection(nameof(ConsoleTests))]
public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "scoring-cli-tests", Guid.NewGuid().ToString("N"));

    public CommandLineTests()
    {
        Directory.CreateDirectory(_folder);
        // The commands read settings from the environment too: a unit the store refuses is not tried for long.
        Environment.SetEnvironmentVariable("YearRun__GiveUpAfterSeconds", "0");
        Environment.SetEnvironmentVariable("YearRun__FirstDelayMilliseconds", "10");
    }

    private string Store => Path.Combine(_folder, "cli.db");

    [Fact]
    public async Task Run_year_then_reconcile_then_export_succeed_and_export_one_line_per_unit()
    {
        var input = YearFolder.Write(_folder, "2024");
        var export = Path.Combine(_folder, "2024.jsonl");

        Assert.Equal(0, await RunAsync("run-year", "--year", "2024", "--input", input, "--store", Store));
        Assert.Equal(0, await RunAsync("reconcile", "--year", "2024", "--store", Store));
        Assert.Equal(0, await RunAsync("export", "--year", "2024", "--out", export, "--store", Store));

        var lines = await File.ReadAllLinesAsync(export, TestContext.Current.CancellationToken);
        Assert.Equal(7, lines.Length);
        using var city = JsonDocument.Parse(lines[0]);
        var root = city.RootElement;
        Assert.Equal("HN", root.GetProperty("unit").GetString());
        Assert.Equal(2024, root.GetProperty("year").GetInt32());
        Assert.Equal("city", root.GetProperty("kind").GetString());
        Assert.Equal("HTXSNV", root.GetProperty("level").GetString());
        Assert.Equal("OWN_INPUTS", root.GetProperty("reasons")[0].GetProperty("code").GetString());
        Assert.Equal(1, root.GetProperty("members").GetProperty("NOT_RATED").GetInt32());
        Assert.Equal(1, root.GetProperty("members").GetProperty("disciplined").GetInt32());
        Assert.Equal(1, root.GetProperty("subtree").GetProperty("cell").GetProperty("NOT_RATED").GetInt32());
        Assert.Equal(1, root.GetProperty("direct").GetProperty("upper").GetProperty("HTTNV").GetInt32());
    }

    [Fact]
    public async Task Run_year_with_a_bad_row_into_an_existing_store_exits_with_2_and_leaves_it_empty()
    {
        Assert.Equal(0, await RunAsync("migrate", "--store", Store));
        var input = YearFolder.Write(_folder, "2024", units: YearFolder.Units + "\nC9,NOWHERE,cell,Lost");

        Assert.Equal(2, await RunAsync("run-year", "--year", "2024", "--input", input, "--store", Store));
        Assert.Equal(3, await RunAsync("reconcile", "--year", "2024", "--store", Store));
    }

    [Fact]
    public async Task Status_lists_the_years_of_a_store()
    {
        var input = YearFolder.Write(_folder, "2024");
        Assert.Equal(2, await RunAsync("import", "--year", "2024", "--input", Path.Combine(_folder, "missing"), "--store", Store));
        Assert.Equal(0, await RunAsync("import", "--year", "2024", "--input", input, "--store", Store));

        var output = new StringWriter();
        var console = AnsiConsole.Console;
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        try
        {
            Assert.Equal(0, await RunAsync("status", "--store", Store));
        }
        finally
        {
            AnsiConsole.Console = console;
        }

        // Seven units, nothing pending, six rated, C3 not rated, and no dead mail.
        Assert.Matches(@"2024\s*│\s*HN\s*│\s*HTXSNV\s*│\s*7\s*│\s*0\s*│\s*6\s*│\s*1\s*│\s*0\s*│", output.ToString());
    }

    [Fact]
    public async Task Status_of_a_year_whose_root_has_no_row_yet_shows_no_root_and_counts_the_rest()
    {
        Assert.Equal(0, await RunAsync("import", "--year", "2024", "--input", YearFolder.Write(_folder, "2024"), "--store", Store));
        await ExecuteAsync("delete from grains where depth = 0");

        var output = await CaptureAsync(() => RunAsync("status", "--store", Store));

        Assert.Equal(0, output.ExitCode);
        Assert.Matches(@"2024\s*│\s*–\s*│\s*–\s*│\s*6\s*│", output.Text);
    }

    [Fact]
    public async Task A_stored_row_that_holds_another_unit_s_state_is_a_damaged_store_exit_5()
    {
        var input = YearFolder.Write(_folder, "2024");
        Assert.Equal(0, await RunAsync("import", "--year", "2024", "--input", input, "--store", Store));
        await ExecuteAsync("update grains set state = (select state from grains where unit_id = 'C1') where unit_id = 'C2'");

        Assert.Equal(5, await RunAsync("run-year", "--year", "2024", "--input", input, "--store", Store));
    }

    [Fact]
    public async Task Submit_corrects_one_unit_from_a_one_row_file_and_the_change_reaches_the_root()
    {
        Assert.Equal(0, await RunAsync("import", "--year", "2024", "--input", YearFolder.Write(_folder, "2024"), "--store", Store));
        var row = Path.Combine(_folder, "c2.csv");
        await File.WriteAllTextAsync(
            row,
            "unit_id,not_rated,politics,organization,tasks,oversight,leadership_disciplined,affiliates_disciplined,disunity,targets_met_percent\n" +
            "C2,false,T,T,K,T,false,0,false,90\n",
            TestContext.Current.CancellationToken);

        Assert.Equal(0, await RunAsync("submit", "--year", "2024", "--assessment", row, "--store", Store));

        var export = Path.Combine(_folder, "2024.jsonl");
        Assert.Equal(0, await RunAsync("export", "--year", "2024", "--out", export, "--store", Store));
        using var city = JsonDocument.Parse((await File.ReadAllLinesAsync(export, TestContext.Current.CancellationToken))[0]);
        Assert.Equal(1, city.RootElement.GetProperty("subtree").GetProperty("cell").GetProperty("KHTNV").GetInt32());
        Assert.Equal(0, await RunAsync("reconcile", "--year", "2024", "--store", Store));
    }

    [Fact]
    public async Task Decide_records_a_committee_s_level_which_reaches_the_root_and_the_trail()
    {
        Assert.Equal(0, await RunAsync("import", "--year", "2024", "--input", YearFolder.Write(_folder, "2024"), "--store", Store));

        Assert.Equal(0, await RunAsync("decide", "--year", "2024", "--unit", "C2", "--level", "KHTNV", "--note", "Vi phạm", "--by", "Ban Thường vụ", "--store", Store));

        var export = Path.Combine(_folder, "2024.jsonl");
        Assert.Equal(0, await RunAsync("export", "--year", "2024", "--out", export, "--store", Store));
        var lines = (await File.ReadAllLinesAsync(export, TestContext.Current.CancellationToken)).Select(line => JsonDocument.Parse(line).RootElement).ToArray();
        var c2 = lines.Single(line => line.GetProperty("unit").GetString() == "C2");
        Assert.Equal(("KHTNV", "HTXSNV"), (c2.GetProperty("decided").GetString(), c2.GetProperty("proposed").GetString()));
        Assert.Equal(1, lines[0].GetProperty("subtree").GetProperty("cell").GetProperty("KHTNV").GetInt32());
        Assert.Equal(0, await RunAsync("reconcile", "--year", "2024", "--store", Store));
        await using var store = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Store}");
        await store.OpenAsync(TestContext.Current.CancellationToken);
        await using var trail = store.CreateCommand();
        trail.CommandText = "select decided_by || '|' || source || '|' || coalesce(previous, 'none') from decision_audit where unit = 'C2'";
        Assert.Equal("Ban Thường vụ|decide|none", await trail.ExecuteScalarAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("TSVM")]
    [InlineData("PENDING")]
    public async Task Decide_with_a_level_a_committee_cannot_decide_changes_nothing_and_exits_with_2(string level)
    {
        Assert.Equal(0, await RunAsync("import", "--year", "2024", "--input", YearFolder.Write(_folder, "2024"), "--store", Store));

        Assert.Equal(2, await RunAsync("decide", "--year", "2024", "--unit", "C2", "--level", level, "--store", Store));
    }

    [Fact]
    public async Task Submit_of_a_row_that_breaks_an_import_rule_changes_nothing_and_exits_with_2()
    {
        Assert.Equal(0, await RunAsync("import", "--year", "2024", "--input", YearFolder.Write(_folder, "2024"), "--store", Store));
        var row = Path.Combine(_folder, "c2.csv");
        await File.WriteAllTextAsync(row, "unit_id,htxsnv,httnv,htnv,khtnv,not_rated,disciplined\nC2,3,12,0,0,0,5\n", TestContext.Current.CancellationToken);

        Assert.Equal(2, await RunAsync("submit", "--year", "2024", "--members", row, "--store", Store));
        Assert.Equal(2, await RunAsync("submit", "--year", "2024", "--store", Store));
    }

    [Fact]
    public async Task Dead_mail_is_listed_with_its_error()
    {
        Assert.Equal(0, await RunAsync("import", "--year", "2024", "--input", YearFolder.Write(_folder, "2024"), "--store", Store));
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Store}"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                create trigger g1_is_locked before update on grains when new.unit_id = 'G1'
                begin select raise(abort, 'G1 is locked by the operator'); end
                """;
            await insert.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var changed = YearFolder.Assessments.Replace("G1,false,T,T,XS,T", "G1,false,T,T,T,T", StringComparison.Ordinal);
        Assert.Equal(4, await RunAsync("run-year", "--year", "2024", "--input", YearFolder.Write(_folder, "2024-again", assessments: changed), "--store", Store));
        var output = new StringWriter();
        var console = AnsiConsole.Console;
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        try
        {
            Assert.Equal(0, await RunAsync("dead-mail", "--year", "2024", "--store", Store));
        }
        finally
        {
            AnsiConsole.Console = console;
        }

        Assert.Contains("Dead mail of 2024: 1", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("G1", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("'G1 is locked by", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_of_a_changed_tree_says_what_changed_in_the_tree_then_reconcile_holds()
    {
        Assert.Equal(0, await RunAsync("import", "--year", "2024", "--input", YearFolder.Write(_folder, "2024"), "--store", Store));
        var units = YearFolder.Units.Replace("C2,G1,cell", "C2,G2,cell", StringComparison.Ordinal).Replace("C3,G1,cell,Chi bộ 3\n", string.Empty, StringComparison.Ordinal)
            + "\nC4,G1,cell,Chi bộ 4";
        var assessments = YearFolder.Assessments.Replace("C3,true,,,,,,,,", "C4,true,,,,,,,,", StringComparison.Ordinal);
        var members = YearFolder.Members.Replace("G2,1,20,2,1,0,1", string.Empty, StringComparison.Ordinal).TrimEnd();
        var input = YearFolder.Write(_folder, "2024-changed", units, assessments, members);

        var (exit, text) = await CaptureAsync(() => RunAsync("import", "--year", "2024", "--input", input, "--store", Store));

        Assert.Equal(0, exit);
        Assert.Contains("tree changed: 1 moved, 1 added, 1 removed", Words(text), StringComparison.Ordinal);
        Assert.Equal(0, await RunAsync("reconcile", "--year", "2024", "--store", Store));
        var (again, unchanged) = await CaptureAsync(() => RunAsync("import", "--year", "2024", "--input", input, "--store", Store));
        Assert.Equal(0, again);
        Assert.Contains("tree unchanged", Words(unchanged), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_with_a_bad_row_creates_no_store()
    {
        var input = YearFolder.Write(_folder, "2024", units: YearFolder.Units + "\nC9,NOWHERE,cell,Lost");

        Assert.Equal(2, await RunAsync("import", "--year", "2024", "--input", input, "--store", Store));
        Assert.False(File.Exists(Store));
    }

    [Theory]
    [InlineData("export")]
    [InlineData("reconcile")]
    public async Task Reading_a_year_of_an_unsupported_regime_that_the_store_lacks_is_an_unknown_year(string command)
    {
        Assert.Equal(0, await RunAsync("migrate", "--store", Store));

        Assert.Equal(3, await RunAsync(command, "--year", "1999", "--store", Store));
    }

    [Fact]
    public async Task Export_of_a_year_not_in_the_store_exits_with_3_and_leaves_an_earlier_export_alone()
    {
        var earlier = Path.Combine(_folder, "2022.jsonl");
        await File.WriteAllTextAsync(earlier, "{\"unit\":\"HN\"}\n", TestContext.Current.CancellationToken);
        Assert.Equal(0, await RunAsync("migrate", "--store", Store));

        Assert.Equal(3, await RunAsync("export", "--year", "2022", "--out", earlier, "--store", Store));
        Assert.Equal("{\"unit\":\"HN\"}\n", await File.ReadAllTextAsync(earlier, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_file_that_is_not_a_store_is_refused_with_exit_code_2()
    {
        var notAStore = Path.Combine(_folder, "passwd");
        await File.WriteAllTextAsync(notAStore, "root:x:0:0:root:/root:/bin/bash\n" + new string('x', 4096), TestContext.Current.CancellationToken);

        Assert.Equal(2, await RunAsync("status", "--store", notAStore));
        Assert.Equal(2, await RunAsync("migrate", "--store", notAStore));
    }

    [Fact]
    public async Task A_PostgreSQL_store_that_names_no_database_is_refused_with_exit_code_2()
    {
        Assert.Equal(2, await RunAsync("status", "--store", "Host=localhost;Username=scoring"));
    }

    [Fact]
    public async Task A_year_before_2014_is_refused_before_anything_runs()
    {
        var input = YearFolder.Write(_folder, "2013");

        Assert.Equal(2, await RunAsync("run-year", "--year", "2013", "--input", input, "--store", Store));
        Assert.False(File.Exists(Store));
    }

    [Fact]
    public async Task A_2024_year_exports_its_levels_and_tallies_in_the_2018_codes_line_for_line()
    {
        var input = YearFolder.Write(_folder, "2024");
        var export = Path.Combine(_folder, "2024.jsonl");

        Assert.Equal(0, await RunAsync("run-year", "--year", "2024", "--input", input, "--store", Store));
        Assert.Equal(0, await RunAsync("export", "--year", "2024", "--out", export, "--store", Store));

        Assert.Equal(Export2024.ReplaceLineEndings("\n") + "\n", await File.ReadAllTextAsync(export, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_2016_year_runs_under_R2014_and_exports_its_levels_and_tallies_as_TSVM_HTTNV_HTNV_and_YK()
    {
        var input = TsvmYearFolder.Write(_folder);
        var export = Path.Combine(_folder, "2016.jsonl");

        Assert.Equal(0, await RunAsync("run-year", "--year", "2016", "--input", input, "--store", Store));
        Assert.Equal(0, await RunAsync("reconcile", "--year", "2016", "--store", Store));
        Assert.Equal(0, await RunAsync("export", "--year", "2016", "--out", export, "--store", Store));

        var lines = (await File.ReadAllLinesAsync(export, TestContext.Current.CancellationToken))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(line => line.GetProperty("unit").GetString()!);
        Assert.Equal(9, lines.Count);
        string Level(string unit) => lines[unit].GetProperty("level").GetString()!;
        string[] Reasons(string unit) => [.. lines[unit].GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()!)];

        Assert.Equal(
            ["TSVM", "HTTNV", "TSVM", "TSVM", "YK", "HTNV", "NOT_RATED", "HTTNV", "YK"],
            TsvmUnits.Select(Level));
        Assert.Equal(["CORRUPTION_DISCIPLINED"], Reasons("C2"));
        Assert.Equal(["OWN_INPUTS", "MEMBERS_KHTNV"], Reasons("G3"));
        Assert.Equal(["OWN_INPUTS"], Reasons("G1"));
        Assert.Equal(["OWN_INPUTS"], Reasons("Q1"));

        var city = lines["HN"];
        Assert.Equal(2016, city.GetProperty("year").GetInt32());
        // Organizations' tallies are keyed by the R2014 codes, in the order every year writes them.
        Assert.Equal(
            ["PENDING", "NOT_RATED", "YK", "HTNV", "HTTNV", "TSVM"],
            city.GetProperty("subtree").GetProperty("grassroots").EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            (0, 0, 1, 0, 1, 1),
            Counts(city.GetProperty("subtree").GetProperty("grassroots")));
        Assert.Equal(
            (0, 1, 1, 1, 0, 1),
            Counts(city.GetProperty("subtree").GetProperty("cell")));
        Assert.Equal(1, city.GetProperty("direct").GetProperty("upper").GetProperty("HTTNV").GetInt32());
        // Members keep the 2018 codes in every year.
        var members = city.GetProperty("members");
        Assert.Equal((3, 26, 3, 6, 4, 2), (members.GetProperty("HTXSNV").GetInt32(), members.GetProperty("HTTNV").GetInt32(),
            members.GetProperty("HTNV").GetInt32(), members.GetProperty("KHTNV").GetInt32(), members.GetProperty("NOT_RATED").GetInt32(),
            members.GetProperty("disciplined").GetInt32()));
        // Outside the member tallies, no 2018 code appears in a 2016 export.
        var text = await File.ReadAllTextAsync(export, TestContext.Current.CancellationToken);
        var withoutMembers = System.Text.RegularExpressions.Regex.Replace(text, "\"members\":\\{[^}]*\\}", "");
        Assert.DoesNotContain("HTXSNV", withoutMembers, StringComparison.Ordinal);
        Assert.DoesNotContain("KHTNV", withoutMembers.Replace("MEMBERS_KHTNV", "", StringComparison.Ordinal).Replace("are KHTNV", "", StringComparison.Ordinal), StringComparison.Ordinal);

        static (int Pending, int NotRated, int Yk, int Htnv, int Httnv, int Tsvm) Counts(JsonElement tally) => (
            tally.GetProperty("PENDING").GetInt32(),
            tally.GetProperty("NOT_RATED").GetInt32(),
            tally.GetProperty("YK").GetInt32(),
            tally.GetProperty("HTNV").GetInt32(),
            tally.GetProperty("HTTNV").GetInt32(),
            tally.GetProperty("TSVM").GetInt32());
    }

    [Fact]
    public async Task The_console_names_a_2016_year_s_levels_TSVM_and_YK()
    {
        var input = TsvmYearFolder.Write(_folder);
        var output = new StringWriter();
        var console = AnsiConsole.Console;
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        try
        {
            Assert.Equal(0, await RunAsync("run-year", "--year", "2016", "--input", input, "--store", Store));
            Assert.Equal(0, await RunAsync("status", "--store", Store));
        }
        finally
        {
            AnsiConsole.Console = console;
        }

        var text = output.ToString();
        Assert.Matches(@"Kind\s*│\s*Units\s*│\s*TSVM\s*│\s*HTTNV\s*│\s*HTNV\s*│\s*YK\s*│", text);
        // The console styles the unit and its level, and wraps long lines at its width.
        var words = System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(text, @"\x1b\[[0-9;]*m", ""), @"\s+", " ");
        Assert.Contains("HN is TSVM:", words, StringComparison.Ordinal);
        Assert.Contains("OWN_INPUTS: Score 92 ≥ 90: TSVM.", words, StringComparison.Ordinal);
        Assert.Contains("\"clean and strong\" is the TSVM count", words, StringComparison.Ordinal);
        Assert.Matches(@"2016\s*│\s*HN\s*│\s*TSVM\s*│\s*9\s*│", text);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("+2024")]
    public async Task A_year_that_is_not_a_number_is_refused_with_exit_code_2(string year)
    {
        Assert.Equal(2, await RunAsync("export", "--year", year, "--store", Store));
        Assert.False(File.Exists(Store));
    }

    [Fact]
    public async Task Reading_commands_never_create_a_store()
    {
        var missing = Path.Combine(_folder, "no-such-folder", "typo.db");

        Assert.Equal(2, await RunAsync("status", "--store", missing));
        Assert.Equal(2, await RunAsync("reconcile", "--year", "2024", "--store", missing));
        Assert.False(Directory.Exists(Path.GetDirectoryName(missing)));
    }

    [Fact]
    public async Task Every_command_has_help_text()
    {
        var root = SiloCommandLine.Create();

        Assert.All(root.Subcommands, command => Assert.False(string.IsNullOrWhiteSpace(command.Description), command.Name));
        Assert.All(
            root.Subcommands.SelectMany(c => c.Options),
            option => Assert.False(string.IsNullOrWhiteSpace(option.Description), option.Name));
        Assert.Equal(0, await RunAsync("run-year", "--help"));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Store}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The console's text with its line wrapping undone: words separated by single spaces.</summary>
    private static string Words(string text) => string.Join(' ', text.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static async Task<(int ExitCode, string Text)> CaptureAsync(Func<Task<int>> run)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Console;
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        try
        {
            return (await run(), output.ToString());
        }
        finally
        {
            AnsiConsole.Console = console;
        }
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("YearRun__GiveUpAfterSeconds", null);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The export of <see cref="YearFolder"/>'s 2024 year: the 2018 level codes, the proposed and decided levels, the quota checks.</summary>
    private const string Export2024 = """
        {"unit":"HN","year":2024,"kind":"city","name":"Hà Nội","parent":null,"level":"HTXSNV","reasons":[{"code":"OWN_INPUTS","sentence":"Grades (politics T, organization T, tasks XS, oversight T) meet HTXSNV: key criteria (tasks) XS and the others at least T."}],"score":null,"members":{"HTXSNV":6,"HTTNV":42,"HTNV":3,"KHTNV":1,"NOT_RATED":1,"disciplined":1},"subtree":{"upper":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":1,"HTXSNV":0},"grassroots":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":1,"HTTNV":0,"HTXSNV":1},"partial":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"cell":{"PENDING":0,"NOT_RATED":1,"KHTNV":0,"HTNV":0,"HTTNV":1,"HTXSNV":1}},"direct":{"upper":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":1,"HTXSNV":0},"grassroots":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"partial":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"cell":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0}},"proposed":"HTXSNV","decided":null,"exemplary":false,"quota":{"children":{"httnvPlus":1,"htxsnv":0,"limit":0,"over":false}}}
        {"unit":"Q1","year":2024,"kind":"upper","name":"Quận 1","parent":"HN","level":"HTTNV","reasons":[{"code":"OWN_INPUTS","sentence":"Grades (politics T, organization T, tasks XS, oversight T) meet HTXSNV: key criteria (tasks) XS and the others at least T."},{"code":"CHILDREN_BELOW_HTXSNV","sentence":"HTXSNV needs 100% of rated child organizations HTNV or above and at least 80% HTTNV or above; 2 of 2 (100%) are HTNV or above and 1 (50%) HTTNV or above. Capped at HTTNV."}],"score":null,"members":{"HTXSNV":6,"HTTNV":42,"HTNV":3,"KHTNV":1,"NOT_RATED":1,"disciplined":1},"subtree":{"upper":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"grassroots":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":1,"HTTNV":0,"HTXSNV":1},"partial":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"cell":{"PENDING":0,"NOT_RATED":1,"KHTNV":0,"HTNV":0,"HTTNV":1,"HTXSNV":1}},"direct":{"upper":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"grassroots":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":1,"HTTNV":0,"HTXSNV":1},"partial":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"cell":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0}},"proposed":"HTTNV","decided":null,"exemplary":false,"quota":{"children":{"httnvPlus":1,"htxsnv":1,"limit":0,"over":true}}}
        {"unit":"G1","year":2024,"kind":"grassroots","name":"Phường A, Quận 1","parent":"Q1","level":"HTXSNV","reasons":[{"code":"OWN_INPUTS","sentence":"Grades (politics T, organization T, tasks XS, oversight T) meet HTXSNV: key criteria (tasks) XS and the others at least T."}],"score":null,"members":{"HTXSNV":5,"HTTNV":22,"HTNV":1,"KHTNV":0,"NOT_RATED":1,"disciplined":0},"subtree":{"upper":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"grassroots":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"partial":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"cell":{"PENDING":0,"NOT_RATED":1,"KHTNV":0,"HTNV":0,"HTTNV":1,"HTXSNV":1}},"direct":{"upper":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"grassroots":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"partial":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"cell":{"PENDING":0,"NOT_RATED":1,"KHTNV":0,"HTNV":0,"HTTNV":1,"HTXSNV":1}},"proposed":"HTXSNV","decided":null,"exemplary":false,"quota":{"children":{"httnvPlus":2,"htxsnv":1,"limit":0,"over":true},"members":{"httnvPlus":27,"htxsnv":5,"limit":5,"over":false}}}
        {"unit":"G2","year":2024,"kind":"grassroots","name":"Chi bộ cơ sở B","parent":"Q1","level":"HTNV","reasons":[{"code":"OWN_INPUTS","sentence":"Grades (politics T, organization T, tasks XS, oversight T) meet HTXSNV: key criteria (tasks) XS and the others at least T."},{"code":"CHILDREN_BELOW_HTXSNV","sentence":"HTXSNV needs 100% of rated members HTNV or above and at least 80% HTTNV or above; 23 of 24 (95.8%) are HTNV or above and 21 (87.5%) HTTNV or above. Capped at HTTNV."},{"code":"CHILDREN_BELOW_HTTNV","sentence":"HTTNV needs 100% of rated members HTNV or above and at least 50% HTTNV or above; 23 of 24 (95.8%) are HTNV or above and 21 (87.5%) HTTNV or above. Capped at HTNV."}],"score":null,"members":{"HTXSNV":1,"HTTNV":20,"HTNV":2,"KHTNV":1,"NOT_RATED":0,"disciplined":1},"subtree":{"upper":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"grassroots":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"partial":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"cell":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0}},"direct":{"upper":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"grassroots":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"partial":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"cell":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0}},"proposed":"HTNV","decided":null,"exemplary":false,"quota":{"members":{"httnvPlus":21,"htxsnv":1,"limit":4,"over":false}}}
        {"unit":"C1","year":2024,"kind":"cell","name":"Chi bộ 1","parent":"G1","level":"HTTNV","reasons":[{"code":"OWN_INPUTS","sentence":"Grades (politics T, organization T, tasks T, oversight T) meet HTTNV; HTXSNV needs key criteria (tasks) XS and the others at least T."}],"score":null,"members":{"HTXSNV":2,"HTTNV":10,"HTNV":1,"KHTNV":0,"NOT_RATED":1,"disciplined":0},"subtree":{"upper":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"grassroots":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"partial":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"cell":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0}},"direct":{"upper":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"grassroots":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"partial":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"cell":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0}},"proposed":"HTTNV","decided":null,"exemplary":false}
        {"unit":"C2","year":2024,"kind":"cell","name":"Chi bộ 2","parent":"G1","level":"HTXSNV","reasons":[{"code":"OWN_INPUTS","sentence":"Grades (politics T, organization T, tasks XS, oversight T) meet HTXSNV: key criteria (tasks) XS and the others at least T."}],"score":null,"members":{"HTXSNV":3,"HTTNV":12,"HTNV":0,"KHTNV":0,"NOT_RATED":0,"disciplined":0},"subtree":{"upper":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"grassroots":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"partial":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"cell":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0}},"direct":{"upper":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"grassroots":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"partial":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"cell":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0}},"proposed":"HTXSNV","decided":null,"exemplary":false}
        {"unit":"C3","year":2024,"kind":"cell","name":"Chi bộ 3","parent":"G1","level":"NOT_RATED","reasons":[{"code":"NOT_RATED","sentence":"The unit is not rated this year."}],"score":null,"members":{"HTXSNV":0,"HTTNV":0,"HTNV":0,"KHTNV":0,"NOT_RATED":0,"disciplined":0},"subtree":{"upper":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"grassroots":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"partial":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"cell":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0}},"direct":{"upper":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"grassroots":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"partial":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0},"cell":{"PENDING":0,"NOT_RATED":0,"KHTNV":0,"HTNV":0,"HTTNV":0,"HTXSNV":0}},"proposed":"NOT_RATED","decided":null,"exemplary":false}
        """;

    private static readonly string[] TsvmUnits = ["HN", "Q1", "G1", "C1", "C2", "C3", "C4", "G2", "G3"];

    private static Task<int> RunAsync(params string[] args) =>
        SiloCommandLine.RunAsync(args, TestContext.Current.CancellationToken);
}
