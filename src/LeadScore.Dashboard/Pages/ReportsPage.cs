using LeadScore.Dashboard.Html;

namespace LeadScore.Dashboard.Pages;

/// <summary>PLACEHOLDER (side branch only): replaced by the real page before merging into main.</summary>
public sealed class ReportsPage : DashboardPage
{
    public override string Path => "reports.html";

    public override string Title => "Reports";

    public override string Lead => "PLACEHOLDER";

    public override void Render(PageWriter page, DashboardData data) => page.Notice("PLACEHOLDER", NoticeKind.Attention);

    /// <summary>The folder of the rendered reports in the site.</summary>
    public const string Folder = "reports";

    /// <summary>PLACEHOLDER: the site paths of every report the registry keeps (e.g. reports/SHA.html).</summary>
    public static IReadOnlyList<string> DocumentPaths(DashboardData data) => [];

    /// <summary>PLACEHOLDER: the report at a path under reports/, or null when the registry keeps none there.</summary>
    public static SiteDocument? Document(string path, DashboardData data) => null;
}
