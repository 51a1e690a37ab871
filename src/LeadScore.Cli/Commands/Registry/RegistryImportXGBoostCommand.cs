using System.CommandLine;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Views;
using LeadScore.Registry;

namespace LeadScore.Cli.Commands.Registry;

/// <summary><c>leadscore registry import-xgboost</c>: an existing XGBoost model folder becomes a candidate, with its gates.</summary>
public static class RegistryImportXGBoostCommand
{
    public static Command Create(CliOutput output)
    {
        var path = RegistryCommand.PathOption(creates: true);
        var by = RegistryCommand.ByOption();
        var folder = new Argument<string>("folder") { Description = "folder with an XGBoost model.json (and final_features.json, training_metrics.json)" };
        var version = new Option<string>("--version") { Description = "version name", Required = true };
        var schema = new Option<string?>("--schema") { Description = "feature schema: built-in name or file (default: final_features.json)" };
        var command = new Command("import-xgboost", "Register an existing XGBoost model with its features, metrics and gates") { path, by, folder, version, schema };
        command.SetAction(parse => RegistryView.Done(output, Imports.XGBoost(ModelRegistry.OpenOrCreate(parse.GetValue(path)!), parse.GetValue(folder)!,
            parse.GetValue(version)!, parse.GetValue(schema), parse.GetValue(by)!)));
        return command;
    }
}
