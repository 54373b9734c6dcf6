using Microsoft.Data.Sqlite;
using Scoring.Silo.Access;
using Scoring.Silo.Commands;
using Scoring.Silo.Storage.Sqlite;

namespace Scoring.Silo.Tests;

/// <summary>The token command: the signed token alone on standard output, valid with the key kept beside the store.</summary>
[Collection(nameof(ConsoleTests))]
public sealed class TokenCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "scoring-token-tests", Guid.NewGuid().ToString("N"));

    public TokenCommandTests() => Directory.CreateDirectory(_folder);

    private string Store => Path.Combine(_folder, "token.db");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_token_is_printed_alone_and_validates_with_the_stores_key_with_its_unit_role_and_holder()
    {
        Assert.Equal(0, await RunAsync("import", "--year", "2024", "--input", YearFolder.Write(_folder, "2024"), "--store", Store));

        var (exitCode, output, errors) = await CaptureAsync("token", "--unit", "G1", "--role", "committee", "--hours", "2", "--store", Store);

        Assert.Equal((0, string.Empty), (exitCode, errors));
        var token = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(output, token + Environment.NewLine);
        var key = await new SqliteScoringStore($"Data Source={Store}").ReadSigningKeyAsync(Cancel);
        var claims = await AccessTokens.ValidateAsync(token, key);
        Assert.NotNull(claims);
        Assert.Equal(("G1", "committee", "committee@G1"), (claims.FindFirst("unit")?.Value, claims.FindFirst("role")?.Value, claims.FindFirst("sub")?.Value));
        Assert.Null(await AccessTokens.ValidateAsync(token, new byte[64]));
    }

    [Fact]
    public async Task The_key_is_kept_beside_the_database_readable_by_its_owner_alone_and_the_same_for_every_reader()
    {
        Assert.Equal(0, await RunAsync("import", "--year", "2024", "--input", YearFolder.Write(_folder, "2024"), "--store", Store));
        var (_, output, _) = await CaptureAsync("token", "--root-of", "2024", "--role", "operator", "--name", "Ban Thường vụ", "--store", Store);

        var file = Store + ".signing-key";
        Assert.True(File.Exists(file));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        var claims = await AccessTokens.ValidateAsync(output.Trim(), await new SqliteScoringStore($"Data Source={Store}").ReadSigningKeyAsync(Cancel));
        Assert.Equal(("HN", "Ban Thường vụ"), (claims?.FindFirst("unit")?.Value, claims?.FindFirst("sub")?.Value));
    }

    [Theory]
    [InlineData("--role", "admin")]
    [InlineData("--hours", "0")]
    [InlineData("--hours", "twelve")]
    [InlineData("--hours", "100000")]
    public async Task A_bad_role_or_lifetime_is_one_line_on_standard_error_and_exit_code_2(string option, string value)
    {
        Assert.Equal(0, await RunAsync("migrate", "--store", Store));
        string[] args = option == "--role"
            ? ["token", "--unit", "HN", "--role", value, "--store", Store]
            : ["token", "--unit", "HN", "--role", "viewer", option, value, "--store", Store];

        var (exitCode, output, errors) = await CaptureAsync(args);

        Assert.Equal((2, string.Empty), (exitCode, output));
        Assert.Contains(option, Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_no_year_has_is_exit_code_3_saying_so()
    {
        Assert.Equal(0, await RunAsync("import", "--year", "2024", "--input", YearFolder.Write(_folder, "2024"), "--store", Store));

        var (exitCode, output, errors) = await CaptureAsync("token", "--unit", "NOWHERE", "--role", "viewer", "--store", Store);

        Assert.Equal((3, string.Empty), (exitCode, output));
        Assert.Contains("'NOWHERE'", errors, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output, string Errors)> CaptureAsync(params string[] args)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(errors);
        try
        {
            return (await RunAsync(args), output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    private static Task<int> RunAsync(params string[] args) => SiloCommandLine.RunAsync(args, Cancel);
}
