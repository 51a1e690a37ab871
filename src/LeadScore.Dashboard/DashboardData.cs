using LeadScore.Registry;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Dashboard;

/// <summary>
/// What one page reads, opened on first use and closed with the page: the warehouse (read-only, beside other
/// readers) and the registry (its log replayed, nothing written). A source that is missing or busy throws the
/// layer's own one-line error, which the page's section shows in its place.
/// </summary>
public sealed class DashboardData(DashboardSources sources, DateTimeOffset now) : IDisposable
{
    private Store? warehouse;
    private ModelRegistry? registry;
    private RegistryState? state;

    public DashboardSources Sources { get; } = sources;

    /// <summary>When the page is rendered: "today" for the monitoring figures.</summary>
    public DateTimeOffset Now { get; } = now;

    public bool HasWarehouse => Sources.Database is not null;

    public bool HasRegistry => Sources.Registry is not null;

    public Store Warehouse => warehouse ??= Store.OpenExisting(
        Sources.Database ?? throw new InvalidOperationException("no warehouse was given (serve --db W)"), readOnly: true);

    public ModelRegistry Registry => registry ??= ModelRegistry.Open(
        Sources.Registry ?? throw new InvalidOperationException("no model registry was given (serve --registry R)"));

    public RegistryState State => state ??= Registry.State();

    public void Dispose() => warehouse?.Dispose();
}
