using System.Text;
using static LeadScore.Reports.Internal.MarkdownText;
using static LeadScore.Reports.Internal.ReportNumbers;

namespace LeadScore.Reports.Internal;

/// <summary>The sign-offs: the roles the registry requires, who signed the challenger off and when, and what is missing with the command that records it.</summary>
internal static class SignOffSection
{
    public static ReportSection Of(ReportContext c)
    {
        var e = c.Evidence;
        var sb = new StringBuilder();
        sb.Append(e.RequiredSignOffs.Count == 0
            ? "The registry requires no sign-off before a version becomes champion (registry.json `required_signoffs` is empty).\n"
            : $"The registry requires sign-off by {string.Join(", ", e.RequiredSignOffs)} before a version becomes champion (registry.json `required_signoffs`).\n");
        var roles = e.RequiredSignOffs.Concat(e.SignOffs.Select(s => s.Role!)).Distinct().ToArray();
        if (roles.Length > 0)
        {
            var rows = roles.SelectMany(role =>
            {
                var given = e.SignOffs.Where(s => s.Role == role).ToArray();
                string required = e.RequiredSignOffs.Contains(role) ? "yes" : "no";
                return given.Length == 0
                    ? [(IReadOnlyList<string>)[role, required, "**missing**", "", ""]]
                    : given.Select(s => (IReadOnlyList<string>)[role, required, Escape(s.Actor), Time(s.Time), s.Reason is null ? "" : Escape(s.Reason)]);
            }).ToArray();
            sb.Append('\n').Append(Table(["Role", "Required", $"Signed {c.Challenger} off", "When", "Note"], rows));
        }
        var missing = e.MissingSignOffs;
        if (missing.Count > 0)
            sb.Append($"\nMissing: {string.Join(", ", missing)}. Each is recorded with {Code($"leadscore registry sign-off {c.Challenger} --role ROLE --by NAME")}.\n");
        else if (e.RequiredSignOffs.Count > 0)
            sb.Append("\nEvery required role has signed off.\n");
        sb.Append("\nThe seed's sign-off also covered week-1 and week-2 checks after deployment; the registry does not record those yet.\n");
        return new ReportSection("Sign-off", sb.ToString());
    }
}
