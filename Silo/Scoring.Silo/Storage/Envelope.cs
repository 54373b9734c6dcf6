using Scoring.GrainInterfaces;

namespace Scoring.Silo.Storage;

/// <summary>Mail on its way to one grain; the recipient's depth orders delivery, deepest first.</summary>
public sealed record Envelope(int Year, UnitId To, int Depth, GrainMessage Message);
