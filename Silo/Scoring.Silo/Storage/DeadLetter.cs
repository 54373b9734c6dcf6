using Scoring.GrainInterfaces;

namespace Scoring.Silo.Storage;

/// <summary>
/// Inputs a unit refused during a run, kept with the error that said why: <paramref name="Kind"/> names what
/// was delivered (its messages' types) and <paramref name="Message"/> holds them as JSON.
/// </summary>
public sealed record DeadLetter(long Id, UnitId Unit, string Kind, string Message, string Error, DateTimeOffset FailedAt);
