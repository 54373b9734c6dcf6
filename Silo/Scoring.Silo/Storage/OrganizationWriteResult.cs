namespace Scoring.Silo.Storage;

/// <summary>
/// What became of one write in a batch: its new etag; or no etag when the stored one had moved on (another
/// activation wrote); or the error the store raised for this row alone, which the rest of the batch does not share.
/// </summary>
public readonly record struct OrganizationWriteResult(long? ETag, Exception? Error)
{
    public static OrganizationWriteResult Written(long etag) => new(etag, null);

    public static OrganizationWriteResult Conflict { get; } = new(null, null);

    public static OrganizationWriteResult Failed(Exception error) => new(null, error);
}
