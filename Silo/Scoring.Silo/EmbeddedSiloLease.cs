namespace Scoring.Silo;

/// <summary>
/// The claim of the one silo that runs the grains of an embedded SQLite store: a lock file beside the store, held
/// for as long as the silo runs, and the port its clients reach it on. Two silos over one file would each keep
/// their own activations of the same grains and serve stale figures; with the lease, a second process joins the
/// first one's silo as a client instead. The operating system drops the lock when the process dies, however it dies.
/// </summary>
public sealed class EmbeddedSiloLease : IDisposable
{
    private readonly FileStream _lock;
    private readonly string _portFile;

    private EmbeddedSiloLease(FileStream @lock, string portFile)
    {
        _lock = @lock;
        _portFile = portFile;
    }

    /// <summary>Claims the store for a silo whose clients connect on <paramref name="gatewayPort"/>; null when another process holds it.</summary>
    public static EmbeddedSiloLease? TryAcquire(string storeFile, int gatewayPort)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(storeFile)!);
        FileStream held;
        try
        {
            held = new FileStream(LockFile(storeFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }

        // Written whole, then moved into place: a reader never sees half a port.
        var written = PortFile(storeFile) + ".new";
        File.WriteAllText(written, gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        File.Move(written, PortFile(storeFile), overwrite: true);
        return new EmbeddedSiloLease(held, PortFile(storeFile));
    }

    /// <summary>The client port of the silo that holds the store now, or null when none does.</summary>
    public static int? FindHolder(string storeFile)
    {
        if (!File.Exists(LockFile(storeFile)))
        {
            return null;
        }

        try
        {
            using var free = new FileStream(LockFile(storeFile), FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return null;
        }
        catch (IOException)
        {
            return int.TryParse(File.ReadAllText(PortFile(storeFile)), out var port) ? port : null;
        }
    }

    public void Dispose()
    {
        File.Delete(_portFile);
        _lock.Dispose();
    }

    private static string LockFile(string storeFile) => storeFile + ".silo";

    private static string PortFile(string storeFile) => storeFile + ".silo-port";
}
