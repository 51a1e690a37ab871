using LeadScore.Dashboard.Html;

namespace LeadScore.Dashboard.Pages;

/// <summary>PLACEHOLDER (side branch only): replaced by the real page before merging into main.</summary>
public sealed class MonitoringPage : DashboardPage
{
    public override string Path => "monitoring.html";

    public override string Title => "Monitoring";

    public override string Lead => "PLACEHOLDER";

    public override void Render(PageWriter page, DashboardData data) => page.Notice("PLACEHOLDER", NoticeKind.Attention);
}
