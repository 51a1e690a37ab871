using System.CommandLine;
using LeadScore.Cli.Commands;
using LeadScore.Cli.Terminal;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Warehouse;

/// <summary><c>leadscore synth</c>: the row-count table, the conversion line, and refusing a warehouse with imported rows.</summary>
public sealed class SynthCommandTests
{
    [Fact]
    public void Synth_prints_the_rows_per_table_and_the_conversion_rate()
    {
        using var folder = new TempFolder();
        var run = Synth("--db", folder.File("w.duckdb"), "--advisors", "3000", "--seed", "5");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("raw.contact_registered_employment_history", run.Out);
        Assert.Contains("synth.oracle", run.Out);
        Assert.Contains("labelled leads scheduled a call", run.Out);
        Assert.Contains("synth:", run.Err);
    }

    [Fact]
    public void Synth_refuses_a_warehouse_holding_imported_rows_and_a_tiny_population()
    {
        using var folder = new TempFolder();
        using (var warehouse = LeadScore.Warehouse.Warehouse.Open(folder.File("w.duckdb")))
        using (var insert = warehouse.Connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO raw.users VALUES ('005x', 'Real User', true, true)";
            insert.ExecuteNonQuery();
        }
        var refused = Synth("--db", folder.File("w.duckdb"), "--advisors", "3000");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("raw.users that synth did not write", refused.Err);
        var tiny = Synth("--db", folder.File("x.duckdb"), "--advisors", "10");
        Assert.Equal(1, tiny.ExitCode);
        Assert.Contains("--advisors", tiny.Err);
    }

    private static CliRun Synth(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var output = new CliOutput(stdout, stderr);
        var root = new RootCommand { SynthCommand.Create(output) };
        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        int code;
        try
        {
            code = root.Parse(["synth", .. args]).Invoke(config);
        }
        catch (Exception e)
        {
            code = output.Fail(e);
        }
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
