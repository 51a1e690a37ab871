using System.CommandLine;
using LeadScore.Cli.Terminal;
using LeadScore.Registry;

namespace LeadScore.Cli.Commands.Registry;

/// <summary><c>leadscore registry</c>: versions, champion/challenger, promotion gates, one-command rollback, the full history.</summary>
public static class RegistryCommand
{
    public static Command Create(CliOutput output) => new("registry", "Model versions, their status and every change ever made to them")
    {
        RegistryListCommand.Create(output),
        RegistryShowCommand.Create(output),
        RegistryRegisterCommand.Create(output),
        RegistryPromoteCommand.Create(output),
        RegistryRollbackCommand.Create(output),
        RegistrySignOffCommand.Create(output),
        RegistryArchiveCommand.Create(output),
        RegistryHistoryCommand.Create(output),
        RegistryLiveAtCommand.Create(output),
        RegistryVerifyCommand.Create(output),
        RegistryImportXGBoostCommand.Create(output),
        RegistryImportLegacyCommand.Create(output),
    };

    /// <summary>The registry folder; reading commands need it to exist, registering ones create it.</summary>
    internal static Option<string> PathOption(bool creates = false) => new("--registry")
    {
        Description = creates ? "registry folder (created if missing)" : "registry folder (must exist)",
        DefaultValueFactory = _ => ModelRegistry.DefaultPath,
    };

    /// <summary>Who is acting.</summary>
    internal static Option<string> ByOption() => new("--by") { Description = "who is acting (default: the OS user)", DefaultValueFactory = _ => Environment.UserName };
}
