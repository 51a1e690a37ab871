using System.Security.Cryptography;
using LeadScore.Engine.Import;
using LeadScore.Engine.Model;
using LeadScore.Engine.Schema;
using LeadScore.Models;

namespace LeadScore.Backtest;

/// <summary>
/// One model of a backtest as the evidence names it: its role (champion or challenger), the name the user gave
/// (a registry version, a folder, a file), the model file's SHA-256 (what identifies it whatever it is called), the
/// schema it was scored with, and its size.
/// </summary>
public sealed record BacktestModel(string Role, string Name, string Sha256, string Schema, int Trees, int Features, string? Version = null);

/// <summary>A model ready to score a backtest's leads: the trees, the features bound through its own schema, and how the evidence names it.</summary>
public sealed record LoadedModel(BacktestModel Identity, TreeEnsemble Trees, IReadOnlyList<FeatureSpec> Features)
{
    /// <summary>Loads a model directory or file; a file takes <paramref name="schema"/> (a built-in name or a JSON file) or the schema named in it.</summary>
    public static LoadedModel Load(string role, string name, string path, string? schema, string? version = null)
    {
        var directory = ModelDirectory.HoldsModel(path) ? ModelDirectory.Read(path) : null;
        var model = directory?.Model ?? ModelLoader.Load(path);
        var bound = schema is null && directory is not null ? directory.Schema : SchemaResolver.Resolve(schema, model);
        string file = directory is null ? path : ModelLoader.DirectoryModelFiles.Select(f => System.IO.Path.Combine(path, f)).First(File.Exists);
        string sha;
        using (var stream = File.OpenRead(file)) sha = Convert.ToHexStringLower(SHA256.HashData(stream));
        var features = bound.BindTo(model);
        return new LoadedModel(new BacktestModel(role, name, sha, bound.Name, model.Trees.Count, features.Count, version), model, features);
    }
}
