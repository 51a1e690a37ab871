namespace LeadScore.Registry;

/// <summary>
/// The registry's one error type: a request the registry refuses, with the reason and what to do, on one line.
/// Messages are written only here.
/// </summary>
public sealed class RegistryException : Exception
{
    private RegistryException(string message) : base(message) { }

    public static RegistryException NotARegistry(string path) =>
        new($"{path}: exists but is not a leadscore registry (no registry.json marker); pass --registry with a registry folder or a new path.");

    public static RegistryException Missing(string path) =>
        new($"{path}: no registry there; pass --registry with an existing registry folder (registry register or import-xgboost creates one).");

    public static RegistryException LogCorrupt(string log, int line, string why) =>
        new($"{log}{(line > 0 ? $" line {line}" : "")}: {why}; the event log is append-only and this line was not written by leadscore, so no registry command will use it: restore events.jsonl from a backup (registry verify checks the result).");

    public static RegistryException LogInvalid(string log, int line, RegistryEvent e, string why) =>
        new($"{log} line {line} (event #{e.Seq}, {e.Action} {e.Version}): not a possible lifecycle step: {why}; the event log is append-only, so no registry command will use it: restore events.jsonl from a backup (registry verify checks the result).");

    public static RegistryException ManifestUnreadable(string version, string why) =>
        new($"version {version} is damaged: its manifest.json is unreadable ({why}); the registry refuses to serve it (run registry verify).");

    public static RegistryException UnknownRole(string role) =>
        new($"'{role}' is not a sign-off role; use one of {string.Join(", ", Lifecycle.SignOffRoles)}.");

    public static RegistryException SettingsInvalid(string path, string why) =>
        new($"{path}: registry.json is invalid ({why}); fix it (format \"leadscore-registry\", required_signoffs: a list of {string.Join(", ", Lifecycle.SignOffRoles)}).");

    public static RegistryException Busy(string path) =>
        new($"{path}: the registry is busy (another leadscore process is changing it); retry when it has finished.");

    public static RegistryException BadVersionName(string name) =>
        new($"'{name}' is not a valid version name; use letters, digits, '.', '_' and '-' (e.g. v4.1.0), at most 64 characters, not starting with '.'.");

    public static RegistryException UnknownVersion(string name, IEnumerable<string> known) =>
        new($"no version or alias '{name}' in the registry; versions: {(known.Any() ? string.Join(", ", known) : "(none)")}.");

    public static RegistryException AlreadyRegistered(string version) =>
        new($"version {version} is already registered and versions are immutable; register the new model under a new version name.");

    public static RegistryException NotAModelDirectory(string path) =>
        new($"{path}: not a model directory (needs model.txt or model.json); pass a directory written by leadscore train, or use import-xgboost.");

    public static RegistryException Transition(string version, string from, string to, string why) =>
        new($"cannot move {version} from {from} to {to}: {why}.");

    public static RegistryException GatesFailed(string version, IEnumerable<string> failed) =>
        new($"{version} failed gate(s) {string.Join(", ", failed)}; fix the model, or pass --force --reason \"...\" to promote anyway (the override is logged).");

    public static RegistryException GatesMissing(string version) =>
        new($"{version} has no gate results (gates.json); promote with --force --reason \"...\" to override (logged), or register a model trained by leadscore train.");

    public static RegistryException BacktestNeeded(string version, string champion) =>
        new($"promoting {version} to champion needs a backtest against the current champion {champion}: record one with `leadscore backtest --champion registry:{champion} --challenger registry:{version} ... --record` (or give --backtest FILE), or --force --reason \"...\" (logged).");

    public static RegistryException SignOffsMissing(string version, IEnumerable<string> roles) =>
        new($"{version} needs sign-off from role(s) {string.Join(", ", roles)} before it can become champion (registry sign-off {version} --role ROLE --by NAME), or --force --reason \"...\".");

    public static RegistryException ReasonNeeded(string action) =>
        new($"{action} needs --reason \"...\": the event log records why.");

    public static RegistryException NothingToRollBack(string why) =>
        new($"nothing to roll back to: {why}.");

    public static RegistryException Tampered(string version, string problem) =>
        new($"version {version} is damaged: {problem}; the registry refuses to serve it (run registry verify).");

    public static RegistryException LegacyUnreadable(string path, string why) =>
        new($"{path}: not a legacy registry.json ({why}).");

    public static RegistryException NotEmpty(string path) =>
        new($"{path}: import-legacy rebuilds a registry's history from the start and needs an empty registry; pass a new --registry path.");

    public static RegistryException BadDate(string text) =>
        new($"'{text}' is not an ISO date (YYYY-MM-DD, e.g. 2026-07-01) or ISO time with its offset (e.g. 2026-07-01T09:30:00Z); other spellings such as 07/01/2026 are ambiguous and refused.");
}
