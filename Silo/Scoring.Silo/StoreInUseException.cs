namespace Scoring.Silo;

/// <summary>Another process runs the silo of this embedded store, and this process may not start a second one.</summary>
public sealed class StoreInUseException(string storeFile)
    : InvalidOperationException($"Another process runs the silo of {storeFile} (a Gateway or a run); stop it first, or give this one a store of its own.");
