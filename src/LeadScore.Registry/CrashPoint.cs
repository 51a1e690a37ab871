namespace LeadScore.Registry;

/// <summary>
/// Crash injection for the registry's kill tests: with <c>LEADSCORE_REGISTRY_CRASH_AT</c> set to a step name, the
/// process dies at that step as if killed (no cleanup, no finally blocks). Unset, it does nothing.
/// </summary>
internal static class CrashPoint
{
    public const string Variable = "LEADSCORE_REGISTRY_CRASH_AT";

    public static bool Is(string step) => Environment.GetEnvironmentVariable(Variable) == step;

    public static void At(string step)
    {
        if (Is(step)) Crash(step);
    }

    public static void Crash(string step) => Environment.FailFast($"registry crash injected at '{step}'");
}
