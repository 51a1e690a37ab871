using System.CommandLine;
using System.Globalization;
using LeadScore.Cli.Terminal;
using LeadScore.Storage;
using LeadScore.Warehouse;
using Spectre.Console;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Cli.Commands;

/// <summary><c>leadscore warehouse</c>: create a workspace database, load raw source files into it, list its tables.</summary>
public static class WarehouseCommand
{
    public static Command Create(CliOutput output)
    {
        Option<string> Db() => new("--db") { Description = "the workspace's DuckDB database file (created if missing)", DefaultValueFactory = _ => Store.DefaultPath };

        var initDb = Db();
        var init = new Command("init", "Create the warehouse database and its raw tables (idempotent)") { initDb };
        init.SetAction(parse =>
        {
            using var warehouse = Store.Open(parse.GetValue(initDb)!);
            Tables(output, warehouse);
            return 0;
        });

        var tablesDb = new Option<string>("--db") { Description = "the workspace's DuckDB database file (must exist)", DefaultValueFactory = _ => Store.DefaultPath };
        var tables = new Command("tables", "List the raw tables with their row counts") { tablesDb };
        tables.SetAction(parse =>
        {
            using var warehouse = Store.OpenExisting(parse.GetValue(tablesDb)!, readOnly: true);
            Tables(output, warehouse);
            return 0;
        });

        var importDb = Db();
        var table = new Option<string>("--table") { Description = "raw table to load, e.g. leads or raw.contact_registered_employment_history", Required = true };
        var file = new Option<string>("--file") { Description = "a .csv (header row) or .parquet file with exactly the table's columns", Required = true };
        var append = new Option<bool>("--append") { Description = "add to the table's rows instead of replacing them" };
        var import = new Command("import", "Load a CSV or Parquet file into a raw table, checked as a whole, all or nothing") { importDb, table, file, append };
        import.SetAction(parse =>
        {
            var source = InputPaths.File("--file", parse.GetValue(file)!);
            OutputPath.CheckFile("--db", parse.GetValue(importDb)!, null, new InputPath("--file", source));
            using var warehouse = Store.Open(parse.GetValue(importDb)!);
            var result = RawImport.Run(warehouse, parse.GetValue(table)!, source, parse.GetValue(append));
            output.Line($"{(result.Replaced ? "replaced" : "appended to")} {result.Table.Qualified}: {result.Rows:N0} rows from {result.File}; " +
                        $"{result.RowsAfter:N0} rows now; {result.Elapsed.TotalSeconds:F2} s");
            return 0;
        });

        return new Command("warehouse", "The workspace database: raw source tables in embedded DuckDB; the month inside it or in PostgreSQL") { init, tables, import, WarehouseMonthCommand.Create(output) };
    }

    private static void Tables(CliOutput output, Store warehouse)
    {
        var grid = new Table().Title(Markup.Escape(Path.GetFullPath(warehouse.Path))).AddPlainColumns("table", "columns", "key", "rows");
        foreach (var t in warehouse.RawTables().OrderBy(t => t.Name))
            grid.AddPlainRow(t.Qualified, t.Columns.Count.ToString(CultureInfo.InvariantCulture), string.Join(", ", t.Key),
                warehouse.Count(t).ToString("N0", CultureInfo.InvariantCulture));
        output.Console.Write(grid);
    }
}
