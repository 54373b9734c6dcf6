namespace Scoring.Silo.Tests;

public sealed class EmbeddedSiloLeaseTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "scoring-lease-tests", Guid.NewGuid().ToString("N"));

    private string Store => Path.Combine(_folder, "scoring.db");

    [Fact]
    public void A_store_held_by_one_silo_cannot_be_claimed_by_another_and_names_the_holder_s_port()
    {
        using var first = EmbeddedSiloLease.TryAcquire(Store, 30123);

        Assert.NotNull(first);
        Assert.Null(EmbeddedSiloLease.TryAcquire(Store, 30124));
        Assert.Equal(30123, EmbeddedSiloLease.FindHolder(Store));
    }

    [Fact]
    public void A_released_store_has_no_holder_and_can_be_claimed_again()
    {
        EmbeddedSiloLease.TryAcquire(Store, 30123)!.Dispose();

        Assert.Null(EmbeddedSiloLease.FindHolder(Store));
        using var again = EmbeddedSiloLease.TryAcquire(Store, 30125);
        Assert.NotNull(again);
    }

    [Fact]
    public void A_store_never_claimed_has_no_holder()
    {
        Assert.Null(EmbeddedSiloLease.FindHolder(Store));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
