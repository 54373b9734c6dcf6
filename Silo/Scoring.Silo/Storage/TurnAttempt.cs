using System.Text.Json;
using Scoring.GrainInterfaces;
using Scoring.Grains;

namespace Scoring.Silo.Storage;

/// <summary>
/// One grain's turn as a store runs it: the result over the mail it could take (null when the grain cannot turn at
/// all), and each message it set aside, by mail id, with the error that message caused.
/// </summary>
internal sealed record TurnAttempt(TurnResult? Result, long VersionBefore, IReadOnlyList<(long MailId, string Error)> Rejected)
{
    /// <summary>
    /// Runs the turn over all the mail; when it throws, finds the messages that make it throw, each tried alone on
    /// the grain's state, and runs the turn again without them. Good mail is never buried with a bad message.
    /// </summary>
    public static TurnAttempt Run(
        TurnHandler turn,
        Func<string, OrganizationState> readState,
        Func<string, GrainMessage> readMessage,
        string? stateJson,
        IReadOnlyList<(long Id, string Json)> mail)
    {
        OrganizationState state;
        try
        {
            state = readState(stateJson ?? throw new InvalidOperationException("The mail is addressed to a unit that has no grain in its year."));
        }
        catch (Exception exception) when (IsRejection(exception))
        {
            return new TurnAttempt(null, 0, mail.Select(m => (m.Id, Describe(exception))).ToList());
        }

        var rejected = new List<(long, string)>();
        var readable = new List<(long Id, GrainMessage Message)>();
        foreach (var (id, json) in mail)
        {
            try
            {
                readable.Add((id, readMessage(json)));
            }
            catch (Exception exception) when (IsRejection(exception))
            {
                rejected.Add((id, Describe(exception)));
            }
        }

        if (Try(turn, state, readable, out var result, out _))
        {
            return new TurnAttempt(result, state.Version, rejected);
        }

        var accepted = new List<(long Id, GrainMessage Message)>();
        foreach (var message in readable)
        {
            if (Try(turn, state, [message], out _, out var error))
            {
                accepted.Add(message);
            }
            else
            {
                rejected.Add((message.Id, error!));
            }
        }

        return Try(turn, state, accepted, out result, out var combined)
            ? new TurnAttempt(result, state.Version, rejected)
            : new TurnAttempt(null, state.Version, mail.Select(m => (m.Id, combined!)).ToList());
    }

    private static bool Try(
        TurnHandler turn, OrganizationState state, List<(long Id, GrainMessage Message)> mail, out TurnResult? result, out string? error)
    {
        try
        {
            result = turn(state, mail.Select(m => m.Message).ToList());
            error = null;
            return true;
        }
        catch (Exception exception) when (IsRejection(exception))
        {
            result = null;
            error = Describe(exception);
            return false;
        }
    }

    // What a turn throws for mail it cannot take; anything else (I/O, cancellation) fails the whole batch instead.
    private static bool IsRejection(Exception exception) =>
        exception is JsonException or InvalidOperationException or ArgumentException or NotSupportedException;

    private static string Describe(Exception exception) => $"{exception.GetType().Name}: {exception.Message}";
}
