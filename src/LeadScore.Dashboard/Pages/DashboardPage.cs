using LeadScore.Dashboard.Html;

namespace LeadScore.Dashboard.Pages;

/// <summary>One page of the dashboard: its file in the site, its title, one sentence on what it answers, and its body.</summary>
public abstract class DashboardPage
{
    /// <summary>The page's path in the site, e.g. <c>models.html</c> (the overview is <c>index.html</c>).</summary>
    public abstract string Path { get; }

    public abstract string Title { get; }

    /// <summary>The question the page answers, shown under its title.</summary>
    public abstract string Lead { get; }

    /// <summary>Writes the page's sections; each section reads what it needs from <paramref name="data"/>.</summary>
    public abstract void Render(PageWriter page, DashboardData data);
}
