namespace LeadScore.Registry;

/// <summary>
/// The registry's writer lock: an exclusive handle on <c>.lock</c> (an OS file lock, released when the process
/// dies). A second writer does not wait: it is told the registry is busy, and retries.
/// </summary>
internal sealed class RegistryLock : IDisposable
{
    private readonly FileStream stream;

    private RegistryLock(FileStream stream) => this.stream = stream;

    public static RegistryLock Take(string registry)
    {
        try
        {
            return new RegistryLock(new FileStream(Path.Combine(registry, ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            throw RegistryException.Busy(registry);
        }
    }

    public void Dispose() => stream.Dispose();
}
