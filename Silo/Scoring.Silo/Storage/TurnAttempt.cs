using Scoring.GrainInterfaces;
using Scoring.Grains;

namespace Scoring.Silo.Storage;

/// <summary>
/// One grain's turn as a store runs it: the result over the mail it could take, and each message it set aside, by
/// mail id, with the error that message caused.
/// </summary>
internal sealed record TurnAttempt(TurnResult? Result, long VersionBefore, IReadOnlyList<(long MailId, string Error)> Rejected)
{
    /// <summary>
    /// Runs the turn over all the mail. When it fails, a message is set aside only if it is unreadable or fails on
    /// its own while the grain can turn without it; a grain that cannot turn at all throws
    /// <see cref="GrainFaultException"/>, so good mail is never buried for the grain's fault.
    /// </summary>
    public static TurnAttempt Run(
        TurnHandler turn,
        Func<string, OrganizationState> readState,
        Func<string, GrainMessage> readMessage,
        (int Year, string Unit) grain,
        string? stateJson,
        IReadOnlyList<(long Id, string Json)> mail)
    {
        if (stateJson is null)
        {
            return new TurnAttempt(null, 0, mail.Select(m => (m.Id, "The mail is addressed to a unit that has no grain in its year.")).ToList());
        }

        var state = ReadState(readState, grain, stateJson);
        var rejected = new List<(long, string)>();
        var readable = new List<(long Id, GrainMessage Message)>();
        foreach (var (id, json) in mail)
        {
            try
            {
                readable.Add((id, readMessage(json)));
            }
            catch (Exception exception) when (IsFailure(exception))
            {
                rejected.Add((id, $"The message cannot be read: {Describe(exception)}"));
            }
        }

        if (Try(turn, state, readable, out var result, out _))
        {
            return new TurnAttempt(result, state.Version, rejected);
        }

        if (!Try(turn, state, [], out _, out var alone))
        {
            throw new GrainFaultException(grain.Year, grain.Unit, $"its turn fails even with no mail ({alone})");
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

        return Try(turn, state, accepted, out result, out var together)
            ? new TurnAttempt(result, state.Version, rejected)
            : throw new GrainFaultException(grain.Year, grain.Unit, $"its turn fails on messages it takes one by one ({together})");
    }

    private static OrganizationState ReadState(Func<string, OrganizationState> readState, (int Year, string Unit) grain, string json)
    {
        OrganizationState state;
        try
        {
            state = readState(json);
        }
        catch (Exception exception) when (IsFailure(exception))
        {
            throw new GrainFaultException(grain.Year, grain.Unit, $"its stored state cannot be read ({Describe(exception)})", exception);
        }

        return state.Year == grain.Year && state.Unit.Value == grain.Unit
            ? state
            : throw new GrainFaultException(grain.Year, grain.Unit, $"its stored state belongs to unit '{state.Unit}' of {state.Year}");
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
        catch (Exception exception) when (IsFailure(exception))
        {
            result = null;
            error = Describe(exception);
            return false;
        }
    }

    // A turn is pure code over state and mail: whatever it throws is its failure, except the process stopping.
    private static bool IsFailure(Exception exception) => exception is not (OperationCanceledException or OutOfMemoryException);

    private static string Describe(Exception exception) => $"{exception.GetType().Name}: {exception.Message}";
}
