using System.CommandLine;
using LeadScore.Cli.Terminal;
using LeadScore.Engine;
using LeadScore.Engine.Schema;

namespace LeadScore.Cli.Commands;

/// <summary><c>leadscore schema list|show</c>: the built-in schemas, as JSON a user can copy and edit.</summary>
public static class SchemaCommand
{
    public static Command Create(CliOutput output)
    {
        var list = new Command("list", "List the built-in feature schemas");
        list.SetAction(_ =>
        {
            foreach (var name in BuiltInSchemas.Names)
                output.Line($"{name}\t{BuiltInSchemas.Find(name)!.Description}");
            return 0;
        });
        var name = new Argument<string>("name") { Description = "built-in schema name or schema file" };
        var show = new Command("show", "Print a schema as JSON (the format --schema reads)") { name };
        show.SetAction(parse =>
        {
            var requested = parse.GetValue(name)!;
            var schema = File.Exists(requested)
                ? FeatureSchemaJson.Parse(File.ReadAllText(requested), requested)
                : BuiltInSchemas.Find(requested) ?? throw ScoringException.SchemaUnknown(requested, BuiltInSchemas.Names);
            output.Line(FeatureSchemaJson.Write(schema));
            return 0;
        });
        return new Command("schema", "Feature schemas: category codes and null policies per model") { list, show };
    }
}
