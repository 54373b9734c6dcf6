using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Scoring.Silo.Access;
using Scoring.Silo.Storage;

namespace Scoring.Silo.Commands;

/// <summary>Issues a signed access token for the Gateway of the same store; the token alone goes to standard output.</summary>
internal static class TokenCommand
{
    private const int DefaultHours = 12;

    public static Command Create()
    {
        var unit = new Option<string?>("--unit") { Description = "The unit whose subtree the token reaches." };
        var rootOf = new Option<int?>("--root-of") { Description = "Instead of --unit: the root of this year's tree." };
        var role = new Option<string>("--role")
        {
            Description = "viewer (reads the subtree), committee (also decides and corrects the unit's direct children) or operator (reads and writes the whole subtree).",
            Required = true,
        };
        var hours = new Option<string?>("--hours") { Description = $"How long the token is valid, in whole hours (default {DefaultHours}; at most AccessTokens:MaxHours)." };
        var name = new Option<string?>("--name") { Description = "Who holds the token, as audit trails will name them (default <role>@<unit>)." };
        var command = new Command(
            "token",
            "Issue a signed token for the Gateway of this store (send it as Authorization: Bearer <token>); prints the token alone.")
        {
            unit,
            rootOf,
            role,
            hours,
            name,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(unit) is null) == (result.GetValue(rootOf) is null))
            {
                result.AddError("Give exactly one of --unit and --root-of.");
            }
        });
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var roleName = parseResult.GetValue(role)!;
            if (!AccessRoles.IsKnown(roleName))
            {
                await Console.Error.WriteLineAsync($"--role '{roleName}' is not a role: use one of {string.Join(", ", AccessRoles.All)}.");
                return ExitCodes.BadInput;
            }

            return await CommandHost.HostAsync(
                parseResult,
                builder =>
                {
                    builder.AddScoringStore();
                    builder.Services.AddOptions<AccessTokenOptions>().BindConfiguration(AccessTokenOptions.SectionName).ValidateDataAnnotations();
                },
                async host =>
                {
                    int maxHours;
                    try
                    {
                        maxHours = host.Services.GetRequiredService<IOptions<AccessTokenOptions>>().Value.MaxHours;
                    }
                    catch (OptionsValidationException invalid)
                    {
                        await Console.Error.WriteLineAsync($"Scoring cannot start: {invalid.Message}");
                        return ExitCodes.BadInput;
                    }

                    var hoursText = parseResult.GetValue(hours);
                    var lifetime = DefaultHours;
                    if (hoursText is not null && (!int.TryParse(hoursText, NumberStyles.None, CultureInfo.InvariantCulture, out lifetime) || lifetime < 1 || lifetime > maxHours))
                    {
                        await Console.Error.WriteLineAsync($"--hours '{hoursText}' is not a lifetime: give whole hours from 1 to {maxHours}.");
                        return ExitCodes.BadInput;
                    }

                    var store = host.Services.GetRequiredService<IScoringStore>();
                    // The key may be new to this store's schema (a cluster's key lives in a table).
                    await store.MigrateAsync(cancellationToken);
                    var unitId = parseResult.GetValue(unit) ?? await RootAsync(store, parseResult.GetValue(rootOf)!.Value, cancellationToken);
                    if (unitId is null)
                    {
                        await Console.Error.WriteLineAsync($"The store {store.Location} has no tree for {parseResult.GetValue(rootOf)}.");
                        return ExitCodes.UnknownYear;
                    }

                    if (!await AnyYearHasAsync(store, unitId, cancellationToken))
                    {
                        await Console.Error.WriteLineAsync($"No year of the store {store.Location} has a unit '{unitId}'.");
                        return ExitCodes.UnknownYear;
                    }

                    var key = await store.ReadSigningKeyAsync(cancellationToken);
                    var subject = parseResult.GetValue(name) is { } given && !string.IsNullOrWhiteSpace(given) ? given.Trim() : $"{roleName}@{unitId}";
                    Console.Out.WriteLine(AccessTokens.Issue(key, unitId, roleName, subject, TimeSpan.FromHours(lifetime)));
                    return ExitCodes.Success;
                },
                writes: false,
                cancellationToken);
        });
        return command;
    }

    private static async Task<string?> RootAsync(IScoringStore store, int year, CancellationToken cancellationToken) =>
        (await store.ReadYearAsync(year, cancellationToken)).States.FirstOrDefault(state => state.Parent is null)?.Unit.Value;

    private static async Task<bool> AnyYearHasAsync(IScoringStore store, string unit, CancellationToken cancellationToken)
    {
        foreach (var year in await store.ListYearsAsync(cancellationToken))
        {
            if ((await store.ReadOrganizationsAsync(year, [unit], cancellationToken)).Count > 0)
            {
                return true;
            }
        }

        return false;
    }
}
