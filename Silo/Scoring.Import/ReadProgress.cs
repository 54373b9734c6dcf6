namespace Scoring.Import;

/// <summary>How far the reading of a year's folder has come: bytes read of the bytes of its files.</summary>
public readonly record struct ReadProgress(long BytesRead, long Bytes);
