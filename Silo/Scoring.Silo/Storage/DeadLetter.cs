using Scoring.GrainInterfaces;

namespace Scoring.Silo.Storage;

/// <summary>A message set aside because no grain could take it, with the error that said why.</summary>
public sealed record DeadLetter(long Id, UnitId Unit, string Kind, string Error, DateTimeOffset FailedAt);
