using System.Text.RegularExpressions;

namespace LeadScore.Registry;

/// <summary>Version names become folder names: letters, digits, '.', '_' and '-', never a path or "..".</summary>
public static partial class VersionName
{
    public static string Check(string name) =>
        Valid().IsMatch(name) && !name.Contains("..", StringComparison.Ordinal) ? name : throw RegistryException.BadVersionName(name);

    [GeneratedRegex(@"^[A-Za-z0-9_\-][A-Za-z0-9._\-]{0,63}$")]
    private static partial Regex Valid();
}
