namespace Scoring.Silo.Tests;

/// <summary>Tests that write to the process's console run one at a time so their output stays readable.</summary>
[CollectionDefinition(nameof(ConsoleTests), DisableParallelization = true)]
public sealed class ConsoleTests;
