using LeadScore.Dashboard.Html;

namespace LeadScore.Dashboard.Pages;

/// <summary>PLACEHOLDER (side branch only): replaced by the real page before merging into main.</summary>
public sealed class RunsPage : DashboardPage
{
    public override string Path => "runs.html";

    public override string Title => "Runs";

    public override string Lead => "PLACEHOLDER";

    public override void Render(PageWriter page, DashboardData data) => page.Notice("PLACEHOLDER", NoticeKind.Attention);
}
